//! `carenet check` end to end: the real binary on the real content, and on copies of the
//! real content with one thing broken. Each broken case asserts the exact located line
//! (`file:line: message`) that tells a mediator what to fix.
//!
//! The fixtures are built at run time from `dialogues/` and `locales/`, so they follow the
//! real content; expected line numbers are looked up in the edited copy, never hard-coded.
//! The binary runs inside the copy with relative folders, so paths read as they do for a
//! mediator: `dialogues/rights.toml:42: …`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The languages: the folders of `locales/`, reference first (a new folder needs no
/// change here).
fn languages() -> Vec<String> {
    let mut codes: Vec<String> = fs::read_dir(manifest_dir().join("locales"))
        .expect("the locales folder")
        .map(|e| e.expect("folder entry"))
        .filter(|e| e.path().join("locale.toml").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    codes.sort_by_key(|code| (code != "en", code.clone()));
    codes
}

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A content path as the binary prints it (`dialogues/main.toml`), from a `/`-separated one.
fn shown(rel: &str) -> String {
    rel.split('/').collect::<PathBuf>().display().to_string()
}

/// What one `carenet check` run printed.
#[derive(Debug)]
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    fn in_dir(dir: &Path) -> Run {
        let output = Command::new(env!("CARGO_BIN_EXE_carenet"))
            .current_dir(dir)
            .args(["check", "--dialogues", "dialogues", "--locales", "locales"])
            .env_remove("CARENET_DIALOGUES")
            .env_remove("CARENET_LOCALES")
            .env_remove("CARENET_LOG")
            .output()
            .expect("the carenet binary runs");
        Run {
            code: output.status.code(),
            stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
        }
    }

    fn assert_passes(&self) {
        assert_eq!(
            self.code,
            Some(0),
            "carenet check should pass\nstdout:\n{}\nstderr:\n{}",
            self.stdout,
            self.stderr
        );
        assert!(
            self.stderr.is_empty(),
            "nothing on stderr when the check passes:\n{}",
            self.stderr
        );
    }

    /// Fails with a non-zero exit code, only on stderr, with `expected` as one whole line.
    fn assert_fails_with(&self, expected: &str) {
        assert!(
            matches!(self.code, Some(code) if code != 0),
            "carenet check should fail (exit code {:?}), expecting:\n{expected}\nstdout:\n{}",
            self.code,
            self.stdout
        );
        assert!(
            self.stderr.lines().any(|line| line == expected),
            "stderr lacks the line\n  {expected}\nstderr was:\n{}",
            self.stderr
        );
        assert!(
            self.stdout.is_empty(),
            "a failed check prints nothing on stdout:\n{}",
            self.stdout
        );
    }

    /// The closing `carenet check: N error(s)` line says exactly `errors`.
    fn assert_error_count(&self, errors: usize) {
        let last = self.stderr.lines().last().unwrap_or_default();
        assert_eq!(
            last,
            format!("carenet check: {errors} error(s)"),
            "stderr was:\n{}",
            self.stderr
        );
    }
}

/// A copy of the real `dialogues/` and `locales/` in a temporary folder, to break.
struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    fn real_content() -> Fixture {
        let dir = tempfile::tempdir().expect("a temporary folder");
        for folder in ["dialogues", "locales"] {
            copy_dir(&manifest_dir().join(folder), &dir.path().join(folder));
        }
        Fixture { dir }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("read {rel}: {e}"))
    }

    fn write(&self, rel: &str, text: &str) {
        fs::write(self.path(rel), text).unwrap_or_else(|e| panic!("write {rel}: {e}"));
    }

    /// Replaces the first `from` in a file (which must contain it).
    fn replace_first(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} no longer contains {from:?}");
        self.write(rel, &text.replacen(from, to, 1));
    }

    /// Removes the one line that starts with `start`.
    fn remove_line(&self, rel: &str, start: &str) {
        let text = self.read(rel);
        let kept: Vec<&str> = text.lines().filter(|l| !l.starts_with(start)).collect();
        assert_eq!(
            kept.len() + 1,
            text.lines().count(),
            "{rel} should have exactly one line starting with {start:?}"
        );
        self.write(rel, &(kept.join("\n") + "\n"));
    }

    /// Replaces the one line that starts with `start` by `line`.
    fn set_line(&self, rel: &str, start: &str, line: &str) {
        let text = self.read(rel);
        let mut found = 0;
        let edited: Vec<&str> = text
            .lines()
            .map(|l| {
                if l.starts_with(start) {
                    found += 1;
                    line
                } else {
                    l
                }
            })
            .collect();
        assert_eq!(
            found, 1,
            "{rel} should have exactly one line starting with {start:?}"
        );
        self.write(rel, &(edited.join("\n") + "\n"));
    }

    /// Adds a node `id` (showing the "talk" text) and a button to it under "privacy".
    fn add_linked_node(&self, id: &str) {
        let file = "dialogues/main.toml";
        self.replace_first(
            file,
            r#"{ label = "btn-forget", goto = "forget_confirm" },"#,
            &format!(
                "{{ label = \"btn-forget\", goto = \"forget_confirm\" }},\n  \
                 {{ label = \"btn-talk\", goto = \"{id}\" }},"
            ),
        );
        // "sessions" has no phone number, so the node needs no source.
        self.append(
            file,
            &format!("[[node]]\nid = \"{id}\"\ntext = \"sessions\"\n"),
        );
    }

    /// Replaces the whole message `id` (its first line and the indented lines under it)
    /// by the one line `id = text`; returns that line's number.
    fn set_message(&self, rel: &str, id: &str, text: &str) -> usize {
        let source = self.read(rel);
        let lines: Vec<&str> = source.lines().collect();
        let start = lines
            .iter()
            .position(|l| l.starts_with(&format!("{id} =")))
            .unwrap_or_else(|| panic!("{rel} has no message {id}"));
        // Blank lines belong to the message when indented lines follow them.
        let mut end = start + 1;
        while end < lines.len() {
            let rest = &lines[end..];
            let continues = rest[0].starts_with(' ')
                || (rest[0].trim().is_empty()
                    && rest
                        .iter()
                        .find(|l| !l.trim().is_empty())
                        .is_some_and(|l| l.starts_with(' ')));
            if !continues {
                break;
            }
            end += 1;
        }
        let line = format!("{id} = {text}");
        let mut edited: Vec<&str> = lines[..start].to_vec();
        edited.push(&line);
        edited.extend(&lines[end..]);
        self.write(rel, &(edited.join("\n") + "\n"));
        start + 1
    }

    fn append(&self, rel: &str, extra: &str) {
        let text = self.read(rel);
        self.write(rel, &format!("{text}\n{extra}"));
    }

    /// The 1-based line of the one line in `rel` that contains `needle`.
    fn line_of(&self, rel: &str, needle: &str) -> usize {
        unique_line(&self.read(rel), rel, needle)
    }

    fn check(&self) -> Run {
        Run::in_dir(self.dir.path())
    }
}

fn unique_line(text: &str, rel: &str, needle: &str) -> usize {
    let found: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, line)| line.contains(needle))
        .map(|(n, _)| n + 1)
        .collect();
    assert_eq!(
        found.len(),
        1,
        "{rel} should have exactly one line with {needle:?}, found at lines {found:?}"
    );
    found[0]
}

/// The line of `needle` in the real (unbroken) content.
fn real_line_of(rel: &str, needle: &str) -> usize {
    let text = fs::read_to_string(manifest_dir().join(rel)).expect("real content file");
    unique_line(&text, rel, needle)
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create fixture folder");
    for entry in fs::read_dir(from).expect("read content folder") {
        let entry = entry.expect("folder entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy content file");
        }
    }
}

#[test]
fn real_content_passes_with_every_language_complete() {
    let run = Run::in_dir(manifest_dir());
    run.assert_passes();
    assert!(
        run.stdout
            .lines()
            .any(|l| l.ends_with(&format!("; {} languages in locales:", languages().len()))),
        "summary header missing:\n{}",
        run.stdout
    );
    let mut totals = vec![];
    for code in languages() {
        let line = run
            .stdout
            .lines()
            .find(|l| l.split_whitespace().next() == Some(code.as_str()))
            .unwrap_or_else(|| panic!("no summary line for {code}:\n{}", run.stdout));
        let (translated, total) = line
            .split_whitespace()
            .find_map(|word| word.split_once('/'))
            .unwrap_or_else(|| panic!("no N/N count in {line:?}"));
        let translated: usize = translated.parse().expect("a count of messages");
        let total: usize = total.parse().expect("a count of messages");
        assert!(total > 0, "{line}");
        assert_eq!(translated, total, "{code} is not complete: {line}");
        totals.push(total);
    }
    assert!(
        totals.windows(2).all(|w| w[0] == w[1]),
        "every language counts the same reference: {totals:?}"
    );
    assert!(
        run.stdout.contains("en     English") && run.stdout.contains("reference"),
        "{}",
        run.stdout
    );
}

#[test]
fn unchanged_copy_passes() {
    Fixture::real_content().check().assert_passes();
}

#[test]
fn dangling_goto_is_located() {
    let f = Fixture::real_content();
    let file = "dialogues/rights.toml";
    f.replace_first(file, r#"goto = "rights_it""#, r#"goto = "rights_itx""#);
    let line = f.line_of(file, r#"goto = "rights_itx""#);
    let run = f.check();
    run.assert_fails_with(&format!(
        r#"{}:{line}: goto "rights_itx" does not exist"#,
        shown(file)
    ));
    run.assert_error_count(1);
}

#[test]
fn message_missing_from_a_shipped_translation() {
    let f = Fixture::real_content();
    f.remove_line("locales/it/rights.ftl", "btn-rights-gr =");
    let english = real_line_of("locales/en/rights.ftl", "btn-rights-gr =");
    let run = f.check();
    run.assert_fails_with(&format!(
        r#"{}: missing message "btn-rights-gr" (English at {}:{english}); users see English instead"#,
        shown("locales/it/rights.ftl"),
        shown("locales/en/rights.ftl"),
    ));
    run.assert_error_count(1);
}

#[test]
fn message_missing_from_an_unshipped_translation_is_only_a_warning() {
    let f = Fixture::real_content();
    f.remove_line("locales/it/rights.ftl", "btn-rights-gr =");
    f.replace_first(
        "locales/it/locale.toml",
        "shipped = true",
        "shipped = false",
    );
    let english = real_line_of("locales/en/rights.ftl", "btn-rights-gr =");
    let run = f.check();
    run.assert_passes();
    let warning = format!(
        r#"{}: warning: missing message "btn-rights-gr" (English at {}:{english}); users see English instead"#,
        shown("locales/it/rights.ftl"),
        shown("locales/en/rights.ftl"),
    );
    assert!(run.stdout.lines().any(|l| l == warning), "{}", run.stdout);
    assert!(run.stdout.contains(", not shipped"), "{}", run.stdout);
}

#[test]
fn message_used_by_a_node_but_missing_in_english() {
    let f = Fixture::real_content();
    f.remove_line("locales/en/rights.ftl", "btn-rights-police =");
    let file = "dialogues/rights.toml";
    let line = f.line_of(file, r#"label = "btn-rights-police""#);
    let run = f.check();
    run.assert_fails_with(&format!(
        r#"{}:{line}: message "btn-rights-police" is not in {}"#,
        shown(file),
        shown("locales/en"),
    ));
    // The translations that still have it are told so, as warnings.
    let italian = f.line_of("locales/it/rights.ftl", "btn-rights-police =");
    run.assert_fails_with(&format!(
        r#"{}:{italian}: warning: message "btn-rights-police" is not in the reference"#,
        shown("locales/it/rights.ftl"),
    ));
    run.assert_error_count(1);
}

#[test]
fn bad_toml_syntax_is_located() {
    let f = Fixture::real_content();
    let file = "dialogues/main.toml";
    f.replace_first(file, "id = \"talk\"\n", "id = \"talk\n");
    let line = f.line_of(file, "id = \"talk");
    let run = f.check();
    run.assert_fails_with(&format!(
        "{}:{line}: not a valid dialogue file: invalid basic string, expected `\"`",
        shown(file)
    ));
}

#[test]
fn unknown_node_field_is_located() {
    let f = Fixture::real_content();
    let file = "dialogues/main.toml";
    f.replace_first(
        file,
        "id = \"sessions\"\n",
        "id = \"sessions\"\ncolour = \"red\"\n",
    );
    let line = f.line_of(file, "colour = ");
    let run = f.check();
    run.assert_fails_with(&format!(
        "{}:{line}: not a valid dialogue file: unknown field `colour`, expected one of \
         `id`, `text`, `buttons`, `keywords`, `region`, `footer`, `source`",
        shown(file)
    ));
}

#[test]
fn unreachable_node_is_located() {
    let f = Fixture::real_content();
    let file = "dialogues/main.toml";
    f.append(file, "[[node]]\nid = \"orphan\"\ntext = \"menu\"\n");
    let line = f.line_of(file, "id = \"orphan\"");
    let run = f.check();
    run.assert_fails_with(&format!(
        r#"{}:{line}: node "orphan" cannot be reached from "welcome" by any button"#,
        shown(file)
    ));
    run.assert_error_count(1);
}

#[test]
fn payload_over_64_bytes_is_located_with_the_id_error() {
    // A goto payload is `g:<id>`, and ids are at most 40 characters: the only way to an
    // over-long payload is an over-long id, so both errors come together.
    let id = format!("long_{}", "x".repeat(58));
    assert_eq!(id.len(), 63);
    let f = Fixture::real_content();
    let file = "dialogues/main.toml";
    f.add_linked_node(&id);
    let button = f.line_of(file, &format!("goto = \"{id}\""));
    let node = f.line_of(file, &format!("id = \"{id}\""));
    let run = f.check();
    run.assert_fails_with(&format!(
        r#"{}:{button}: button payload "g:{id}" is 65 bytes; Telegram allows 64"#,
        shown(file)
    ));
    run.assert_fails_with(&format!(
        r#"{}:{node}: node id "{id}" must be 1 to 40 lower-case letters, digits or _"#,
        shown(file)
    ));
    run.assert_error_count(2);
}

#[test]
fn node_id_of_40_characters_passes() {
    let id = format!("long_{}", "x".repeat(35));
    assert_eq!(id.len(), 40);
    let f = Fixture::real_content();
    f.add_linked_node(&id);
    f.check().assert_passes();
}

#[test]
fn duplicate_node_id_is_located_with_the_first_definition() {
    let f = Fixture::real_content();
    let file = "dialogues/rights.toml";
    f.append(file, "[[node]]\nid = \"talk\"\ntext = \"talk\"\n");
    let line = f.line_of(file, "id = \"talk\"");
    let first = f.line_of("dialogues/main.toml", "id = \"talk\"");
    let run = f.check();
    run.assert_fails_with(&format!(
        r#"{}:{line}: node "talk" is defined twice (first at {}:{first})"#,
        shown(file),
        shown("dialogues/main.toml"),
    ));
    run.assert_error_count(1);
}

#[test]
fn fluent_syntax_error_is_located() {
    let f = Fixture::real_content();
    let file = "locales/fr/main.ftl";
    let btn_menu = f.line_of(file, "btn-menu =");
    let text = f.read(file);
    let mut lines: Vec<&str> = text.lines().collect();
    lines.insert(btn_menu, "oops this is not a message");
    f.write(file, &(lines.join("\n") + "\n"));
    let line = f.line_of(file, "oops this is not a message");
    assert_eq!(line, btn_menu + 1);
    let run = f.check();
    run.assert_fails_with(&format!(
        r#"{}:{line}: Fluent syntax error: Expected a token starting with "=""#,
        shown(file)
    ));
    run.assert_error_count(1);
}

#[test]
fn message_defined_in_two_files_is_located() {
    let f = Fixture::real_content();
    f.append("locales/fr/help.ftl", "btn-menu = Menu encore\n");
    let first = f.line_of("locales/fr/help.ftl", "btn-menu =");
    let line = f.line_of("locales/fr/main.ftl", "btn-menu =");
    let run = f.check();
    run.assert_fails_with(&format!(
        r#"{}:{line}: message "btn-menu" is defined twice (first at {}:{first})"#,
        shown("locales/fr/main.ftl"),
        shown("locales/fr/help.ftl"),
    ));
    run.assert_error_count(1);
}

/// A message defined twice in one file is reported at its first line, "first at" itself:
/// `message_lines` in src/content/locales.rs keeps only the first line of each id.
#[test]
fn message_defined_twice_in_one_file_is_located() {
    let f = Fixture::real_content();
    let file = "locales/fr/main.ftl";
    let first = f.line_of(file, "btn-menu =");
    f.append(file, "btn-menu = Menu encore\n");
    let line = f.line_of(file, "btn-menu = Menu encore");
    f.check().assert_fails_with(&format!(
        r#"{}:{line}: message "btn-menu" is defined twice (first at {}:{first})"#,
        shown(file),
        shown(file),
    ));
}

/// An unclosed `{` is reported one line too late: `line_of(error.pos.start)` in
/// src/content/locales.rs points where the parser gave up (the next message), not at the
/// broken message. `error.slice` holds the broken entry's range.
#[test]
fn unclosed_placeable_is_located_on_its_own_line() {
    let f = Fixture::real_content();
    let file = "locales/fr/main.ftl";
    let line = f.line_of(file, "btn-menu =");
    f.set_line(file, "btn-menu =", "btn-menu = { oops");
    let run = f.check();
    run.assert_fails_with(&format!(
        r#"{}:{line}: Fluent syntax error: Expected a token starting with "}}""#,
        shown(file)
    ));
}

#[test]
fn missing_locale_toml() {
    let f = Fixture::real_content();
    fs::remove_file(f.path("locales/fa/locale.toml")).expect("remove locale.toml");
    let run = f.check();
    run.assert_fails_with(&format!(
        "{}: missing: every locale says its name, direction and review status here",
        shown("locales/fa/locale.toml")
    ));
    run.assert_error_count(1);
}

#[test]
fn reviewed_locale_needs_a_reviewer() {
    let f = Fixture::real_content();
    let file = "locales/es/locale.toml";
    f.replace_first(file, "review = \"draft\"", "review = \"reviewed\"");
    let line = f.line_of(file, "review = \"reviewed\"");
    let run = f.check();
    run.assert_fails_with(&format!(
        r#"{}:{line}: review = "reviewed" needs reviewed_by: who?"#,
        shown(file)
    ));
    run.assert_error_count(1);
}

#[test]
fn reviewed_locale_with_a_reviewer_passes() {
    let f = Fixture::real_content();
    let file = "locales/es/locale.toml";
    f.replace_first(file, "review = \"draft\"", "review = \"reviewed\"");
    f.replace_first(file, "reviewed_by = \"\"", "reviewed_by = \"A. Mediator\"");
    let run = f.check();
    run.assert_passes();
    let line = run
        .stdout
        .lines()
        .find(|l| l.split_whitespace().next() == Some("es"))
        .expect("summary line for es");
    assert!(
        line.ends_with("reviewed by a native speaker"),
        "{}",
        run.stdout
    );
}

#[test]
fn button_label_over_64_characters_is_located() {
    let f = Fixture::real_content();
    let file = "locales/uk/rights.ftl";
    // 65 characters (130 bytes): the limit counts characters.
    let label = "ж".repeat(65);
    let line = f.line_of(file, "btn-rights-police =");
    f.set_line(
        file,
        "btn-rights-police =",
        &format!("btn-rights-police = {label}"),
    );
    let run = f.check();
    run.assert_fails_with(&format!(
        r#"{}:{line}: button "btn-rights-police" must be one line of at most 64 characters"#,
        shown(file)
    ));
    run.assert_error_count(1);
}

#[test]
fn button_label_of_64_multibyte_characters_passes() {
    let f = Fixture::real_content();
    let file = "locales/uk/rights.ftl";
    let label = "ж".repeat(64);
    f.set_line(
        file,
        "btn-rights-police =",
        &format!("btn-rights-police = {label}"),
    );
    f.check().assert_passes();
}

/// The engine adds Back · Menu (and the language buttons) by itself; their labels are
/// never measured, because `check_fits` in src/content/check.rs only sees node buttons.
#[test]
fn footer_button_label_over_64_characters_is_located() {
    let f = Fixture::real_content();
    let file = "locales/uk/main.ftl";
    let line = f.line_of(file, "btn-menu =");
    f.set_line(
        file,
        "btn-menu =",
        &format!("btn-menu = {}", "ж".repeat(65)),
    );
    f.check().assert_fails_with(&format!(
        r#"{}:{line}: button "btn-menu" must be one line of at most 64 characters"#,
        shown(file)
    ));
}

#[test]
fn text_with_a_phone_number_needs_a_source() {
    let f = Fixture::real_content();
    let file = "dialogues/main.toml";
    f.remove_line(file, "source = \"FACTS.md 1: 1522 free");
    let line = f.line_of(file, "id = \"talk\"");
    let run = f.check();
    run.assert_fails_with(&format!(
        r#"{}:{line}: node "talk" gives phone numbers and must name its source"#,
        shown(file)
    ));
    run.assert_error_count(1);
}

#[test]
fn rights_node_without_source_is_located() {
    let f = Fixture::real_content();
    let file = "dialogues/rights.toml";
    f.remove_line(file, "source = \"Italy: STP code");
    let line = f.line_of(file, "id = \"rights_health\"");
    let run = f.check();
    run.assert_fails_with(&format!(
        r#"{}:{line}: node "rights_health" gives facts and must name its source"#,
        shown(file)
    ));
    run.assert_error_count(1);
}

/// The reading-level summary of `code`: (long sentences, long screens).
fn reading_summary(run: &Run, code: &str) -> (usize, usize) {
    let prefix = format!("  {code}: ");
    let line = run
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("no reading-level line for {code}:\n{}", run.stdout));
    let numbers: Vec<usize> = line
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    (numbers[0], numbers[1])
}

/// `count` words in sentences of `per_sentence` words: "frase1 parola … fine."
/// (each sentence its own, since `carenet check` prints a repeated line once).
fn words(count: usize, per_sentence: usize) -> String {
    let sentence = |n: usize| format!("frase{n} {}fine.", "parola ".repeat(per_sentence - 2));
    let sentences: Vec<String> = (1..=count / per_sentence).map(sentence).collect();
    sentences.join(" ")
}

#[test]
fn long_sentences_and_screens_are_warnings_counted_per_language() {
    let f = Fixture::real_content();
    let file = "locales/it/safety.ftl";
    f.set_message(file, "sessions", "Breve.");
    let before = f.check();
    before.assert_passes();
    let line = f.set_message(file, "sessions", &words(130, 26));
    let run = f.check();
    run.assert_passes();
    let at = format!("{}:{line}: warning: ", shown(file));
    for n in 1..=5 {
        let sentence = format!(
            "{at}\"sessions\": a sentence of 26 words (aim at 20 at most): \"frase{n} parola parola parola parola parola…\""
        );
        assert!(
            run.stdout.lines().any(|l| l == sentence),
            "{sentence}\n{}",
            run.stdout
        );
    }
    let screen = format!("{at}\"sessions\" is a screen of 130 words (aim at 120 at most)");
    assert!(run.stdout.lines().any(|l| l == screen), "{}", run.stdout);
    let (sentences, screens) = reading_summary(&before, "it");
    assert_eq!(reading_summary(&run, "it"), (sentences + 5, screens + 1));
    // Only Italian changed.
    assert_eq!(reading_summary(&run, "en"), reading_summary(&before, "en"));
    assert!(
        run.stdout.contains(
            "reading level (sentences over 20 words, screens over 120 and over 200 words"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn a_screen_over_200_words_fails_in_english() {
    let f = Fixture::real_content();
    let file = "locales/en/safety.ftl";
    let line = f.set_message(file, "sessions", &words(220, 20));
    let run = f.check();
    run.assert_fails_with(&format!(
        "{}:{line}: \"sessions\" is a screen of 220 words; at most 200 (split it into steps)",
        shown(file)
    ));
    run.assert_error_count(1);
}

/// Languages spend different numbers of words on the same text: English decides.
#[test]
fn a_translated_screen_over_200_words_is_a_warning() {
    let f = Fixture::real_content();
    let file = "locales/it/safety.ftl";
    f.set_message(file, "sessions", "Breve.");
    let before = f.check();
    let line = f.set_message(file, "sessions", &words(220, 20));
    let run = f.check();
    run.assert_passes();
    let warning = format!(
        "{}:{line}: warning: \"sessions\" is a screen of 220 words, over 200 (an error in English: shorten the translation)",
        shown(file)
    );
    assert!(run.stdout.lines().any(|l| l == warning), "{}", run.stdout);
    let over = |run: &Run| {
        run.stdout
            .lines()
            .find(|l| l.starts_with("  it: "))
            .and_then(|l| l.split(", ").nth(2))
            .map(str::to_string)
    };
    let count = |text: Option<String>| -> usize {
        text.and_then(|t| t.split_whitespace().next()?.parse().ok())
            .expect("a count of screens over 200 words")
    };
    assert_eq!(
        count(over(&run)),
        count(over(&before)) + 1,
        "{}",
        run.stdout
    );
}
