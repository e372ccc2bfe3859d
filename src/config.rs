//! Settings, from command-line flags with `CARENET_*` environment variables as fallback
//! (clap reads both).

use std::path::PathBuf;

use clap::Args;

/// Where content and data live; shared by every subcommand that runs the bot.
#[derive(Debug, Clone, Args)]
pub struct Config {
    /// Database URL: sqlite://FILE (created if missing) or postgres://HOST/DATABASE.
    #[arg(
        long = "db",
        env = "CARENET_DATABASE_URL",
        default_value = "sqlite://carenet.db"
    )]
    pub database_url: String,
    /// Folder of dialogue files.
    #[arg(long, env = "CARENET_DIALOGUES", default_value = "dialogues")]
    pub dialogues: PathBuf,
    /// Folder of locale folders.
    #[arg(long, env = "CARENET_LOCALES", default_value = "locales")]
    pub locales: PathBuf,
}

impl Config {
    /// The settings from the environment alone, for `carenet` run without a subcommand.
    pub fn default_from_env() -> Config {
        #[derive(clap::Parser)]
        struct Only {
            #[command(flatten)]
            config: Config,
        }
        <Only as clap::Parser>::parse_from(["carenet"]).config
    }
}
