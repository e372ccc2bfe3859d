//! The SQLite file and its companions (`-wal`, `-shm`) readable by this user only: they
//! hold chat ids. SQLite creates a new database file with mode 0644 less the umask
//! (readable by every local user under the usual umask 022), and gives the `-wal` and
//! `-shm` files the mode of the database file. So the database file is created here first,
//! 0600, and an existing one (with companions left by a stop) is set to 0600; the process
//! umask is left alone, since it would change every file the process creates.

use std::io;
use std::path::PathBuf;

/// Makes the database file of an `sqlite:` URL (and any `-wal`/`-shm` beside it) private
/// to this user, creating it if it does not exist. Nothing to do for `:memory:`.
pub(super) fn keep_private(url: &str) -> io::Result<()> {
    let Some(path) = database_path(url) else {
        return Ok(());
    };
    create_private(&path)?;
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut file = path.clone().into_os_string();
        file.push(suffix);
        set_private(&PathBuf::from(file))?;
    }
    Ok(())
}

/// The file an `sqlite:` URL names, as sqlx reads it (scheme off, up to `?`, %-decoded).
fn database_path(url: &str) -> Option<PathBuf> {
    let rest = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:");
    let database = rest.split('?').next().unwrap_or_default();
    let in_memory = database.is_empty()
        || database == ":memory:"
        || rest.contains("mode=memory")
        || database.starts_with("file:");
    match in_memory {
        true => None,
        false => Some(PathBuf::from(percent_decoded(database))),
    }
}

/// `%3F` → `?`: sqlx allows these in file names.
fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(unix)]
fn create_private(path: &std::path::Path) -> io::Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
    {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e),
    }
}

#[cfg(unix)]
fn set_private(path: &std::path::Path) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    match std::fs::metadata(path) {
        Ok(meta) if meta.permissions().mode() & 0o077 != 0 => {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
        }
        Ok(_) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

// Elsewhere the file's access is the folder's business: SQLite creates it as usual.
#[cfg(not(unix))]
fn create_private(_: &std::path::Path) -> io::Result<()> {
    Ok(())
}

#[cfg(not(unix))]
fn set_private(_: &std::path::Path) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_path_as_sqlx_does() {
        let path = |url| database_path(url).map(|p| p.display().to_string());
        assert_eq!(path("sqlite://carenet.db").as_deref(), Some("carenet.db"));
        assert_eq!(
            path("sqlite:///var/lib/c.db?mode=rwc").as_deref(),
            Some("/var/lib/c.db")
        );
        assert_eq!(path("sqlite:data/c.db").as_deref(), Some("data/c.db"));
        assert_eq!(path("sqlite://a%3Fb.db").as_deref(), Some("a?b.db"));
        assert_eq!(path("sqlite::memory:"), None);
        assert_eq!(path("sqlite://?mode=memory"), None);
    }
}
