//! One schema in two dialects: `migrations/sqlite` and `migrations/postgres` must build
//! the same tables, columns (type, NOT NULL, primary key) and indexes, so that a migration
//! written for one database only fails here and not on a deployment.

mod common;

use std::collections::BTreeSet;

use common::TestDb;
use sqlx::Row;

/// What a column is, in words both databases share.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Column {
    table: String,
    name: String,
    kind: &'static str,
    not_null: bool,
}

/// Tables, columns, primary keys and the indexes created by name.
#[derive(Debug, Default)]
struct Schema {
    tables: BTreeSet<String>,
    columns: BTreeSet<Column>,
    primary_keys: BTreeSet<(String, String)>,
    indexes: BTreeSet<(String, String)>,
}

/// The few type names that differ: SQLite's INTEGER is PostgreSQL's BIGINT (both 64 bits
/// in use), and PostgreSQL spells some types out.
fn kind(declared: &str) -> &'static str {
    match declared.trim().to_ascii_lowercase().as_str() {
        "integer" | "bigint" | "int" | "int8" | "smallint" => "integer",
        "text" | "character varying" | "varchar" => "text",
        "double precision" | "real" | "float8" => "real",
        "blob" | "bytea" => "blob",
        "boolean" | "bool" => "boolean",
        other => panic!("a column type this test does not know yet: {other}"),
    }
}

fn migration_files(dialect: &str) -> BTreeSet<String> {
    std::fs::read_dir(format!("migrations/{dialect}"))
        .expect("the migrations folder")
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

async fn sqlite_schema(url: &str) -> Schema {
    let pool = sqlx::SqlitePool::connect(url).await.expect("open SQLite");
    let mut schema = Schema::default();
    let tables = sqlx::query(
        "SELECT name FROM sqlite_master
         WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx_%'",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    for table in tables {
        let table: String = table.get("name");
        let columns = sqlx::query(r#"SELECT name, type, "notnull", pk FROM pragma_table_info($1)"#)
            .bind(&table)
            .fetch_all(&pool)
            .await
            .unwrap();
        for column in columns {
            let name: String = column.get("name");
            let pk: i64 = column.get("pk");
            let not_null: i64 = column.get("notnull");
            if pk > 0 {
                schema.primary_keys.insert((table.clone(), name.clone()));
            }
            schema.columns.insert(Column {
                table: table.clone(),
                kind: kind(column.get("type")),
                // A primary key is never NULL in use (PostgreSQL says so in its catalogue).
                not_null: not_null == 1 || pk > 0,
                name,
            });
        }
        schema.tables.insert(table);
    }
    // Indexes written by name; those SQLite makes for UNIQUE and PRIMARY KEY have no SQL.
    let indexes = sqlx::query(
        "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    for index in indexes {
        schema
            .indexes
            .insert((index.get("tbl_name"), index.get("name")));
    }
    pool.close().await;
    schema
}

async fn postgres_schema(url: &str) -> Schema {
    let pool = sqlx::PgPool::connect(url).await.expect("open PostgreSQL");
    let mut schema = Schema::default();
    let columns = sqlx::query(
        "SELECT c.table_name::text AS table_name, c.column_name::text AS column_name,
                c.data_type::text AS data_type, c.is_nullable::text AS is_nullable
         FROM information_schema.columns c
         JOIN information_schema.tables t
           ON t.table_schema = c.table_schema AND t.table_name = c.table_name
         WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
           AND c.table_name NOT LIKE '\\_sqlx\\_%'",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    for column in columns {
        let table: String = column.get("table_name");
        let data_type: String = column.get("data_type");
        let nullable: String = column.get("is_nullable");
        schema.tables.insert(table.clone());
        schema.columns.insert(Column {
            table,
            name: column.get("column_name"),
            kind: kind(&data_type),
            not_null: nullable == "NO",
        });
    }
    let keys = sqlx::query(
        "SELECT k.table_name::text AS table_name, k.column_name::text AS column_name
         FROM information_schema.table_constraints c
         JOIN information_schema.key_column_usage k
           ON k.constraint_schema = c.constraint_schema AND k.constraint_name = c.constraint_name
         WHERE c.table_schema = current_schema() AND c.constraint_type = 'PRIMARY KEY'
           AND c.table_name NOT LIKE '\\_sqlx\\_%'",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    for key in keys {
        schema
            .primary_keys
            .insert((key.get("table_name"), key.get("column_name")));
    }
    // Indexes written by name, not those behind a PRIMARY KEY or UNIQUE constraint.
    let indexes = sqlx::query(
        "SELECT i.tablename::text AS tablename, i.indexname::text AS indexname
         FROM pg_indexes i
         WHERE i.schemaname = current_schema() AND i.tablename NOT LIKE '\\_sqlx\\_%'
           AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                           WHERE c.conname = i.indexname
                             AND c.connamespace = (SELECT oid FROM pg_namespace
                                                   WHERE nspname = current_schema()))",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    for index in indexes {
        schema
            .indexes
            .insert((index.get("tablename"), index.get("indexname")));
    }
    pool.close().await;
    schema
}

/// What one side has and the other lacks, as lines to read.
fn differences<T: Ord + std::fmt::Debug>(
    what: &str,
    sqlite: &BTreeSet<T>,
    postgres: &BTreeSet<T>,
) -> Vec<String> {
    let only = |a: &BTreeSet<T>, b: &BTreeSet<T>, side: &str| {
        a.difference(b)
            .map(|x| format!("{what} only on {side}: {x:?}"))
            .collect::<Vec<_>>()
    };
    let mut lines = only(sqlite, postgres, "SQLite");
    lines.extend(only(postgres, sqlite, "PostgreSQL"));
    lines
}

#[test]
fn both_dialects_have_the_same_migrations() {
    let sqlite = migration_files("sqlite");
    let postgres = migration_files("postgres");
    let lines = differences("migration file", &sqlite, &postgres);
    assert!(lines.is_empty(), "{}", lines.join("\n"));
}

#[tokio::test]
async fn both_dialects_build_the_same_schema() {
    let sqlite_db = TestDb::sqlite();
    sqlite_db.store().await.close().await;
    let Some(postgres_db) = TestDb::postgres("both_dialects_build_the_same_schema").await else {
        return;
    };
    postgres_db.store().await.close().await;
    let sqlite = sqlite_schema(&sqlite_db.url).await;
    let postgres = postgres_schema(&postgres_db.url).await;
    postgres_db.drop_schema().await;

    assert!(
        sqlite.tables.len() >= 10,
        "tables read: {:?}",
        sqlite.tables
    );
    let mut lines = differences("table", &sqlite.tables, &postgres.tables);
    lines.extend(differences("column", &sqlite.columns, &postgres.columns));
    lines.extend(differences(
        "primary key column",
        &sqlite.primary_keys,
        &postgres.primary_keys,
    ));
    lines.extend(differences("index", &sqlite.indexes, &postgres.indexes));
    assert!(
        lines.is_empty(),
        "the two dialects differ:\n{}",
        lines.join("\n")
    );
}
