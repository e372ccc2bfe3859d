//! `carenet chat`, the real binary, driven through piped standard input.

use std::io::Write;
use std::process::{Command, Stdio};

fn chat(db: &str, args: &[&str], input: &str) -> (String, bool) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_carenet"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("chat")
        .args(["--db", db])
        .args(args)
        .env_remove("CARENET_DATABASE_URL")
        .env_remove("TELOXIDE_TOKEN")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start carenet chat");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        output.stderr.is_empty(),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    (stdout, output.status.success())
}

#[test]
fn a_scripted_chat_in_spanish_reaches_the_rights_and_ends_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("chat.db").display());
    // 1 = OK, continue; 4 = Know my rights; 4 = Rights in Spain
    let (out, ok) = chat(&db, &["--lang", "es"], "1\n4\n4\n");
    assert!(ok, "exit status");
    assert!(out.contains("Hola."), "Spanish welcome:\n{out}");
    assert!(out.contains("  [1] "), "numbered buttons:\n{out}");
    assert!(out.contains("016"), "the rights in Spain name 016:\n{out}");
    assert!(!out.contains("rights-es"), "no raw message ids:\n{out}");
}

#[test]
fn the_next_chat_resumes_where_the_last_one_ended() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("chat.db").display());
    let (_, ok) = chat(&db, &["--lang", "en"], "1\n1\n");
    assert!(ok);
    let (out, ok) = chat(&db, &[], "");
    assert!(ok);
    assert!(
        out.starts_with("If you are in danger now, call 112."),
        "resumed on the danger screen:\n{out}"
    );
}

#[test]
fn odd_input_gets_calm_answers_and_forget_erases() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("chat.db").display());
    let long = "a".repeat(10_000);
    let input = format!("99\n\n{long}\n/location 91 500\n/location 37.39 -5.98\n/forget\n");
    let (out, ok) = chat(&db, &["--lang", "en"], &input);
    assert!(ok);
    assert!(out.contains("Sorry, I did not understand."));
    // The directory chat loads by default answers a location with what is near it.
    assert!(
        out.contains("📍 Help near you") && out.contains("– Sevilla (0."),
        "services near Sevilla:\n{out}"
    );
    assert!(
        out.trim_end()
            .ends_with("If you are in danger now, call 112.")
    );
    // After /forget the next chat starts from the language choice again.
    let (out, ok) = chat(&db, &[], "");
    assert!(ok);
    assert!(out.starts_with("Choose your language"), "{out}");
}
