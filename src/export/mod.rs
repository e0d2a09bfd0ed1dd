//! Exports of what the store holds, one file per format, all fed by the same records.

pub mod bilan_document;
pub mod bilan_html;
pub mod bilan_markdown;
pub mod bilan_svg;
pub mod bilan_text;
pub mod case_json;
pub mod dpp_annex;
pub mod dpp_document;
pub mod dpp_docx;
pub mod dpp_html;
pub mod dpp_markdown;
pub mod dpp_text;
pub mod ecomap_dot;
pub mod ecomap_svg;
pub mod formats;
pub mod html;
pub mod person;
pub mod plan_document;
pub mod plan_html;
pub mod plan_ics;
pub mod plan_markdown;

pub use case_json::{
    CASE_FORMAT, CASE_VERSION, CaseError, CaseFile, ImportReport, export_case, import_case, parse_case,
};
