//! export plan: the person's plan as Markdown or HTML to print, or as an iCalendar file of its
//! deadlines. The exports themselves are pure (src/export/plan_*.rs); this is only the glue.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{Env, out};
use crate::app::runtime::store_problem;
use crate::cli::PlanFormat;
use crate::export::plan_document::{PlanDocument, PlanInput};
use crate::export::{plan_html, plan_ics, plan_markdown};
use crate::i18n::Problem;
use crate::store::StoreError;

pub fn export(env: &Env, person: &str, format: PlanFormat, dest: &str) -> Result<(), Problem> {
    let store = env.open_store()?;
    let found = store.find_person(person).map_err(|e| match e {
        StoreError::NotFound => Problem::UnknownPerson(crate::domain::text::clean_line(person)),
        other => store_problem(&other),
    })?;
    let plan = store.plan(found.id).map_err(|e| store_problem(&e))?;
    let latest = store.latest_entries(found.id).map_err(|e| store_problem(&e))?;
    let partners = store.partners(true).map_err(|e| store_problem(&e))?;
    let domains = env.config.domains();
    let input = PlanInput {
        person: &found,
        plan: &plan,
        latest: &latest,
        partners: &partners,
        domains: &domains,
        today: env.today,
        lang: env.lang,
    };
    let text = match format {
        PlanFormat::Md => {
            let mut md = plan_markdown::to_markdown(&PlanDocument::build(&input));
            md.push('\n');
            md
        }
        PlanFormat::Html => plan_html::to_html(&PlanDocument::build(&input)),
        PlanFormat::Ics => plan_ics::to_ics(&input, chrono::Utc::now()),
    };
    if dest == "-" {
        out(&text)
    } else {
        write_whole(Path::new(dest), text.as_bytes()).map_err(|e| Problem::CannotWrite(dest.to_string(), e.to_string()))
    }
}

/// Writes `bytes` to `dest` all at once: into a private temporary file beside it, then renamed
/// over it. A failure leaves neither a half-written file nor the temporary one.
fn write_whole(dest: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let folder = match dest.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = dest.file_name().ok_or_else(|| std::io::Error::from(std::io::ErrorKind::InvalidInput))?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".tmp-{}", std::process::id()));
    let tmp = folder.join(tmp_name);
    let _ = std::fs::remove_file(&tmp);
    let result = create_private(&tmp)
        .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all()))
        .and_then(|()| std::fs::rename(&tmp, dest));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// A new file readable by the user only: the plan tells of someone's life.
fn create_private(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}
