//! Starts `replylint-language-server` for Zed and hands it the user's `lsp.replylint`
//! settings. Everything else (diagnostics, quick fixes, hovers) is the server's.
use zed_extension_api::{self as zed, serde_json, settings::LspSettings, LanguageServerId, Result};

const SERVER: &str = "replylint-language-server";

struct Replylint;

impl zed::Extension for Replylint {
    fn new() -> Self {
        Replylint
    }

    fn language_server_command(&mut self, id: &LanguageServerId, worktree: &zed::Worktree) -> Result<zed::Command> {
        let binary = LspSettings::for_worktree(id.as_ref(), worktree).ok().and_then(|settings| settings.binary);
        let command = binary
            .as_ref()
            .and_then(|binary| binary.path.clone())
            .or_else(|| worktree.which(SERVER))
            .ok_or_else(|| format!("{SERVER} is not on the PATH: run `npm install --global replylint`, or set lsp.replylint.binary.path"))?;
        let args = binary.and_then(|binary| binary.arguments).unwrap_or_else(|| vec!["--stdio".to_string()]);
        Ok(zed::Command { command, args, env: worktree.shell_env() })
    }

    fn language_server_initialization_options(&mut self, id: &LanguageServerId, worktree: &zed::Worktree) -> Result<Option<serde_json::Value>> {
        Ok(LspSettings::for_worktree(id.as_ref(), worktree).ok().and_then(|settings| settings.initialization_options))
    }

    // The server asks for the `replylint` section.
    fn language_server_workspace_configuration(&mut self, id: &LanguageServerId, worktree: &zed::Worktree) -> Result<Option<serde_json::Value>> {
        let settings = LspSettings::for_worktree(id.as_ref(), worktree).ok().and_then(|settings| settings.settings).unwrap_or_default();
        Ok(Some(serde_json::json!({ "replylint": settings })))
    }
}

zed::register_extension!(Replylint);
