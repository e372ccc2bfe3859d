//! Staff roles: kept by the store on both databases, managed with `carenet staff`.

mod common;

use carenet::staff::{Role, StaffMember};
use common::TestDb;

const NOW: i64 = 1_795_000_000;

fn member(user_id: i64, role: Role, languages: &[&str]) -> StaffMember {
    StaffMember {
        user_id,
        role,
        languages: languages.iter().map(|l| l.to_string()).collect(),
    }
}

#[tokio::test]
async fn staff_are_added_changed_listed_and_removed() {
    for db in TestDb::each("staff_are_added_changed_listed_and_removed").await {
        let store = db.store().await;
        assert_eq!(store.staff_member(42).await.unwrap(), None);
        store
            .put_staff(&member(42, Role::Mediator, &["ar", "it"]), NOW)
            .await
            .unwrap();
        store
            .put_staff(&member(7, Role::Admin, &[]), NOW)
            .await
            .unwrap();
        assert_eq!(
            store.staff_member(42).await.unwrap(),
            Some(member(42, Role::Mediator, &["ar", "it"])),
            "{}",
            db.backend
        );
        // The same person again: their role and languages change, no second row.
        store
            .put_staff(&member(42, Role::Organiser, &[]), NOW + 5)
            .await
            .unwrap();
        let all = store.staff().await.unwrap();
        assert_eq!(
            all,
            vec![
                member(7, Role::Admin, &[]),
                member(42, Role::Organiser, &[])
            ],
            "{}",
            db.backend
        );
        assert!(store.remove_staff(42).await.unwrap());
        assert!(!store.remove_staff(42).await.unwrap());
        assert_eq!(store.staff_member(42).await.unwrap(), None);
        store.close().await;
        db.drop_schema().await;
    }
}

/// `carenet ARGS…` on `db`: its output, its errors, whether it succeeded.
fn carenet(db: &str, args: &[&str]) -> (String, String, bool) {
    let common::Output { ok, out, err } = common::output(common::carenet(db).args(args));
    (out, err, ok)
}

#[test]
fn the_command_line_manages_staff_and_refuses_bad_input() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("staff.db").display());
    let (out, _, ok) = carenet(&db, &["staff", "add", "1234", "mediator", "it, AR"]);
    assert!(ok && out.contains("1234 is now mediator (ar, it)"), "{out}");
    let (out, _, ok) = carenet(&db, &["staff", "list"]);
    assert!(ok && out.contains("1234  mediator (ar, it)"), "{out}");
    for bad in [
        vec!["staff", "add", "1234", "boss"],
        vec!["staff", "add", "@someone", "admin"],
        vec!["staff", "add", "1234", "mediator", "italian"],
        vec!["staff", "remove", "999"],
    ] {
        let (_, err, ok) = carenet(&db, &bad);
        assert!(!ok, "{bad:?} succeeded");
        assert!(!err.contains("panicked"), "{err}");
    }
    let (_, err, _) = carenet(&db, &["staff", "add", "1234", "boss"]);
    assert!(err.contains("unknown role"), "{err}");
    let (out, _, ok) = carenet(&db, &["staff", "remove", "1234"]);
    assert!(ok && out.contains("no longer staff"), "{out}");
    let (out, _, ok) = carenet(&db, &["staff", "list"]);
    assert!(ok && out.contains("no staff yet"), "{out}");
}
