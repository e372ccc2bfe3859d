//! The service directory's SQL: one import is one transaction of batched upserts; the
//! whole directory loads in one query per table; a version number tells a running bot
//! that there is new data.

use sqlx::any::AnyArguments;
use sqlx::query::Query;
use sqlx::{Any, AssertSqlSafe, Row};

use super::{Backend, Store, StoreError, placeholders, value_rows};
use crate::directory::package::{Package, Record, Value};
use crate::directory::schema::{Storage, Table};

/// Rows per statement: big enough that an import of 100,000 rows is a few thousand
/// statements, small enough for SQLite's limit of 32,766 bound values.
const ROWS_PER_STATEMENT: usize = 500;

/// The services women are not shown: retired (they left their source), or not active
/// by their source's own HSDS status.
const HIDDEN: &str = "retired_at IS NOT NULL \
     OR LOWER(COALESCE(status, 'active')) IN ('inactive', 'defunct', 'temporarily closed')";

/// A service nobody confirmed for long.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaleService {
    pub id: String,
    pub name: String,
    /// The file or URL it was imported from.
    pub origin: Option<String>,
    /// When it was last confirmed (Unix seconds); `None` before confirmations were kept.
    pub confirmed_at: Option<i64>,
}

/// What an import changed, counted in services.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DirectoryCounts {
    /// Services that were not in the directory.
    pub imported: usize,
    /// Services that were, now replaced by the imported version.
    pub updated: usize,
}

impl DirectoryCounts {
    /// The counts of importing `package` into a directory that has `existing` of its
    /// services.
    fn of(package: &Package, existing: usize) -> DirectoryCounts {
        DirectoryCounts {
            imported: package.service_count() - existing,
            updated: existing,
        }
    }
}

impl Store {
    /// Writes a checked package in one transaction: rows are inserted or replaced by id;
    /// the rows that belong to an imported service or location (phones, hours, languages,
    /// addresses …) are replaced as a whole. Every imported service is confirmed `now`
    /// (Unix seconds), comes from `origin` (the file or URL imported) and is no longer
    /// retired. Data of no origin (what `carenet chat` ships) confirms only what was
    /// never confirmed, and neither takes a service from its origin nor revives a retired
    /// one. Raises the directory version.
    pub async fn import_directory(
        &self,
        package: &Package,
        origin: Option<&str>,
        now: i64,
    ) -> Result<DirectoryCounts, StoreError> {
        let mut tx = self.writer().begin().await?;
        let existing_services = self.existing(&mut tx, package, Table::Services).await?;
        let existing_locations = self.existing(&mut tx, package, Table::Locations).await?;
        // Rows that belong to a service or location already here are replaced with it;
        // a new one has none to replace.
        for table in Table::ALL {
            let (owner_column, owners) = match table.owner_column() {
                None => continue,
                Some((column, Table::Locations)) => (column, &existing_locations),
                Some((column, _)) => (column, &existing_services),
            };
            for ids in owners.chunks(ROWS_PER_STATEMENT) {
                let sql = format!(
                    "DELETE FROM {} WHERE {owner_column} IN ({})",
                    table.sql_name(),
                    placeholders(self.backend, 1, ids.len())
                );
                let mut query = sqlx::query(AssertSqlSafe(sql));
                for id in ids {
                    query = query.bind(id.as_str());
                }
                query.execute(&mut *tx).await?;
            }
        }
        for table in Table::ALL {
            // Every full batch has the same statement: build it once per table.
            let full_batch = upsert_sql(self.backend, table, ROWS_PER_STATEMENT);
            for rows in package.rows(table).chunks(ROWS_PER_STATEMENT) {
                let sql = match rows.len() {
                    ROWS_PER_STATEMENT => full_batch.clone(),
                    n => upsert_sql(self.backend, table, n),
                };
                let mut query = sqlx::query(AssertSqlSafe(sql));
                for record in rows {
                    query = bind_record(query, record);
                }
                query.execute(&mut *tx).await?;
            }
        }
        let services: Vec<&str> = package
            .rows(Table::Services)
            .iter()
            .map(Record::id)
            .collect();
        for ids in services.chunks(ROWS_PER_STATEMENT) {
            // Numbered or plain placeholders, never both in one statement (see
            // `placeholders`).
            let set = match origin {
                Some(_) => "origin = {}, confirmed_at = {}, retired_at = NULL",
                None => "origin = COALESCE(origin, {}), confirmed_at = COALESCE(confirmed_at, {})",
            };
            let set = set
                .replacen("{}", &placeholders(self.backend, 1, 1), 1)
                .replacen("{}", &placeholders(self.backend, 2, 1), 1);
            let sql = format!(
                "UPDATE directory_services SET {set} WHERE id IN ({})",
                placeholders(self.backend, 3, ids.len())
            );
            let mut query = sqlx::query(AssertSqlSafe(sql)).bind(origin).bind(now);
            for id in ids {
                query = query.bind(*id);
            }
            query.execute(&mut *tx).await?;
        }
        raise_version(&mut tx, now).await?;
        tx.commit().await?;
        Ok(DirectoryCounts::of(package, existing_services.len()))
    }

    /// After a full import of `origin` at `now`: its services that the import did not
    /// bring (confirmed before `now`) are retired, not deleted: women no longer see them,
    /// the export keeps them, and a later import that brings one back revives it. Raises
    /// the directory version when one is retired. How many were.
    pub async fn retire_missing(&self, origin: &str, now: i64) -> Result<u64, StoreError> {
        let mut tx = self.writer().begin().await?;
        let retired = sqlx::query(
            "UPDATE directory_services SET retired_at = $1 \
             WHERE origin = $2 AND retired_at IS NULL AND confirmed_at < $1",
        )
        .bind(now)
        .bind(origin)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if retired > 0 {
            raise_version(&mut tx, now).await?;
        }
        tx.commit().await?;
        Ok(retired)
    }

    /// Services shown to women that nobody confirmed since `before` (Unix seconds), the
    /// oldest first: what organisers should check.
    pub async fn stale_services(&self, before: i64) -> Result<Vec<StaleService>, StoreError> {
        let sql = format!(
            "SELECT id, name, origin, confirmed_at FROM directory_services \
             WHERE NOT ({HIDDEN}) AND (confirmed_at IS NULL OR confirmed_at < $1) \
             ORDER BY confirmed_at, id"
        );
        let rows = sqlx::query(AssertSqlSafe(sql))
            .bind(before)
            .fetch_all(self.reader())
            .await?;
        rows.iter()
            .map(|row| {
                Ok(StaleService {
                    id: row.try_get("id")?,
                    name: row.try_get("name")?,
                    origin: row.try_get("origin")?,
                    confirmed_at: row.try_get("confirmed_at")?,
                })
            })
            .collect()
    }

    /// What [`import_directory`](Self::import_directory) would count, without writing
    /// (`--dry-run`): a read on the readers' pool, so a running bot's writes never wait
    /// for it.
    pub async fn preview_directory_import(
        &self,
        package: &Package,
    ) -> Result<DirectoryCounts, StoreError> {
        let mut tx = self.reader().begin().await?;
        let existing = self.existing(&mut tx, package, Table::Services).await?;
        tx.rollback().await?;
        Ok(DirectoryCounts::of(package, existing.len()))
    }

    /// The ids of `table` in `package` that the database already has.
    async fn existing(
        &self,
        tx: &mut sqlx::Transaction<'static, Any>,
        package: &Package,
        table: Table,
    ) -> Result<Vec<String>, StoreError> {
        let ids: Vec<&str> = package.rows(table).iter().map(Record::id).collect();
        let mut existing = Vec::new();
        for ids in ids.chunks(ROWS_PER_STATEMENT) {
            let sql = format!(
                "SELECT id FROM {} WHERE id IN ({})",
                table.sql_name(),
                placeholders(self.backend, 1, ids.len())
            );
            let mut query = sqlx::query(AssertSqlSafe(sql));
            for id in ids {
                query = query.bind(*id);
            }
            for row in query.fetch_all(&mut **tx).await? {
                existing.push(row.try_get("id")?);
            }
        }
        Ok(existing)
    }

    /// The directory women see: every row of every table, sorted by id, but the retired
    /// services and those their source marks not active (and what belongs to them).
    pub async fn load_directory(&self) -> Result<Package, StoreError> {
        self.load_directory_rows(false).await
    }

    /// Every row, retired services too: what an export writes.
    pub async fn load_directory_with_retired(&self) -> Result<Package, StoreError> {
        self.load_directory_rows(true).await
    }

    async fn load_directory_rows(&self, retired: bool) -> Result<Package, StoreError> {
        let mut package = Package::default();
        for table in Table::ALL {
            let columns: Vec<&str> = table
                .columns()
                .iter()
                .map(|c| match (retired, table, c.name) {
                    // The export says a retired service is inactive: imported again (an
                    // export is a package like any other), it stays hidden.
                    (true, Table::Services, "status") => {
                        "CASE WHEN retired_at IS NOT NULL THEN 'inactive' ELSE status END"
                    }
                    _ => c.name,
                })
                .collect();
            // Rows of a retired service go with it.
            let condition = match (retired, table) {
                (true, _) => String::new(),
                (false, Table::Services) => format!(" WHERE NOT ({HIDDEN})"),
                (false, _) if table.owner_column() == Some(("service_id", Table::Services)) => {
                    format!(
                        " WHERE service_id NOT IN (SELECT id FROM directory_services WHERE {HIDDEN})"
                    )
                }
                (false, _) => String::new(),
            };
            let sql = format!(
                "SELECT {} FROM {}{condition} ORDER BY id",
                columns.join(", "),
                table.sql_name()
            );
            let rows = sqlx::query(AssertSqlSafe(sql))
                .fetch_all(self.reader())
                .await?;
            for row in rows {
                let mut cells = Vec::with_capacity(columns.len());
                for (i, column) in table.columns().iter().enumerate() {
                    cells.push(match column.kind.storage() {
                        Storage::Text => Value::Text(row.try_get(i)?),
                        Storage::Real => Value::Real(row.try_get(i)?),
                        Storage::Integer => Value::Flag(row.try_get::<i64, _>(i)? != 0),
                    });
                }
                package.push(table, Record(cells));
            }
        }
        let confirmed = sqlx::query(
            "SELECT id, confirmed_at FROM directory_services WHERE confirmed_at IS NOT NULL",
        )
        .fetch_all(self.reader())
        .await?;
        for row in confirmed {
            package
                .confirmed
                .insert(row.try_get("id")?, row.try_get("confirmed_at")?);
        }
        Ok(package.sorted())
    }

    /// Raised by every import: poll it (one tiny query) and reload the directory when it
    /// changes.
    pub async fn directory_version(&self) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT version FROM directory_meta WHERE id = 1")
            .fetch_one(self.reader())
            .await?;
        Ok(row.try_get("version")?)
    }
}

/// Tells a running bot that the directory changed (it polls the version).
async fn raise_version(
    tx: &mut sqlx::Transaction<'static, Any>,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE directory_meta SET version = version + 1, updated_at = $1 WHERE id = 1")
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// `INSERT … VALUES (…), (…) ON CONFLICT (id) DO UPDATE SET …` for `rows` rows. Table and
/// column names come from the schema, never from input.
fn upsert_sql(backend: Backend, table: Table, rows: usize) -> String {
    let columns: Vec<&str> = table.columns().iter().map(|c| c.name).collect();
    let values = value_rows(backend, rows, columns.len());
    let updates: Vec<String> = columns[1..]
        .iter()
        .map(|c| format!("{c} = excluded.{c}"))
        .collect();
    format!(
        "INSERT INTO {} ({}) VALUES {} ON CONFLICT (id) DO UPDATE SET {}",
        table.sql_name(),
        columns.join(", "),
        values,
        updates.join(", ")
    )
}

fn bind_record<'q>(
    mut query: Query<'q, Any, AnyArguments>,
    record: &'q Record,
) -> Query<'q, Any, AnyArguments> {
    for value in &record.0 {
        query = match value {
            Value::Text(text) => query.bind(text.as_deref()),
            Value::Real(real) => query.bind(*real),
            Value::Flag(flag) => query.bind(i64::from(*flag)),
        };
    }
    query
}
