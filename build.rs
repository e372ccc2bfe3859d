//! `sqlx::migrate!` embeds the migration files at compile time; a new file in
//! `migrations/` must rebuild the crate, or a build would silently miss it.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
