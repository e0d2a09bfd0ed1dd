//! The territory directory as vCard: files from real address books are read, the export is valid
//! vCard 4.0 that reads back as the same partners, and a bad file imports nothing.

mod common;

use std::path::Path;

use common::Sandbox;
use parcours::demo;
use parcours::domain::partner::{Partner, Sector};
use parcours::interchange::vcard::{VcardError, parse_partners, to_vcf};
use parcours::store::Store;

const NBSP: &str = "\u{a0}";

/// What an import must give back (ids and the archive flag aside).
type Fields = (String, Sector, String, String, String, String);

fn fields(p: &Partner) -> Fields {
    (p.name.clone(), p.sector, p.expertise.clone(), p.territory.clone(), p.contact.clone(), p.notes.clone())
}

fn all_fields(partners: &[Partner]) -> Vec<Fields> {
    let mut all: Vec<Fields> = partners.iter().map(fields).collect();
    all.sort();
    all
}

fn stored(dir: &Path) -> Vec<Partner> {
    Store::open(dir).unwrap().partners(true).unwrap()
}

/// An iPhone / Android style vCard 3.0 export: groups, TYPE parameters, QUOTED-PRINTABLE accents
/// with soft line breaks, folded lines, a base64 PHOTO, Google's own category.
const PHONE_V3: &str = "BEGIN:VCARD\r
VERSION:3.0\r
PRODID:-//Apple Inc.//iPhone OS 17.4//EN\r
N:Martin;Claire;;Dr;\r
FN:Dr Claire Martin\r
ORG:Centre médico-psychologique;Adultes\r
TITLE:Psychiatre\r
item1.EMAIL;type=INTERNET;type=WORK;type=pref:c.martin@cmp.example\r
item1.X-ABLabel:_$!<Work>!$_\r
TEL;type=WORK;type=VOICE;type=pref:01 23 45 67 89\r
TEL;TYPE=\"WORK,FAX\":01 23 45 67 90\r
item2.ADR;type=WORK;type=pref:;;12 rue des Lilas;Villeurbanne;;69100;France\r
item2.X-ABADR:fr\r
NOTE:Consultations le mardi et le jeudi\\, sur rendez-vous.\\nAccueil infirmi\r
 er sans rendez-vous le matin.\r
CATEGORIES:Sanitaire,psychiatrie adulte\r
PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U\r
 HRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwh\r
 MjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCAABAAE\r
 DASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAf/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/9k=\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:3.0\r
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;;;\r
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=89quipe mobile psychiatrie pr=C3=A9carit=C3=A9\r
item1.TEL;TYPE=CELL:06 12 34 56 78\r
item1.X-ABLabel:Permanence\r
EMAIL;TYPE=INTERNET:emapp@hopital.example\r
NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Passages =C3=A0 deux soignants.=0D=0AIntervient =\r
=C3=A0 la demande du SIAO.\r
CATEGORIES:myContacts,précarité,psychiatrie\r
END:VCARD\r
\r
BEGIN:VCARD\r
VERSION:3.0\r
N:;;;;\r
FN:Mission locale\r
ORG:Mission locale;\r
TEL;TYPE=WORK:04 72 00 00 00\r
ADR;TYPE=WORK:;;;Lyon;;69003;\r
CATEGORIES:Emploi\\, insertion\r
END:VCARD\r
";

/// A vCard 4.0 file (Nextcloud, Thunderbird): KIND, VALUE=uri, quoted parameters with a colon and
/// RFC 6868 escapes, a LOGO data URI folded, escaped commas in CATEGORIES, LF line ends.
const CARDDAV_V4: &str = "BEGIN:VCARD
VERSION:4.0
PRODID:-//Nextcloud Contacts v5.5.3
UID:7f1c2c1e-1b8a-4c37-9f64-4e1b3c2d9a10
KIND:org
FN:SESSAD Les Tilleuls
ORG:Association Les Tilleuls;SESSAD
TEL;VALUE=uri;TYPE=\"work,voice\";PREF=1:tel:+33-4-78-00-00-00
EMAIL;TYPE=work:secretariat@tilleuls.example
ADR;TYPE=work;LABEL=\"Bât. A : 12 rue des Tilleuls^n69007 Lyon\":;Bât. A;12 rue des
  Tilleuls;Lyon;;69007;France
NOTE:Accompagnement de 0 à 20 ans\\; liste d’attente d’environ un an.
CATEGORIES:Médico-social,autisme\\,TND,habiletés sociales
LOGO:data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk
 YPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==
REV:20260301T101500Z
END:VCARD
";

#[test]
fn a_phone_export_in_vcard_3_is_read() {
    let partners = parse_partners(PHONE_V3.as_bytes()).unwrap();
    assert_eq!(partners.len(), 3);

    let cmp = &partners[0];
    assert_eq!(cmp.name, "Centre médico-psychologique");
    assert_eq!(cmp.sector, Sector::Sanitaire);
    assert_eq!(cmp.expertise, "psychiatrie adulte");
    assert_eq!(cmp.territory, "69100 Villeurbanne");
    assert_eq!(
        cmp.contact,
        format!("Tél.{NBSP}01 23 45 67 89 · Fax{NBSP}01 23 45 67 90 · Courriel{NBSP}c.martin@cmp.example")
    );
    assert_eq!(
        cmp.notes,
        format!(
            "Contact{NBSP}: Dr Claire Martin\nService{NBSP}: Adultes\nConsultations le mardi et le jeudi, sur \
             rendez-vous.\nAccueil infirmier sans rendez-vous le matin."
        )
    );
    assert!(!cmp.archived);

    let empp = &partners[1];
    assert_eq!(empp.name, "Équipe mobile psychiatrie précarité");
    assert_eq!(empp.sector, Sector::Autre);
    assert_eq!(empp.expertise, "précarité, psychiatrie", "Google's « myContacts » is not a tag");
    assert_eq!(empp.contact, format!("Tél.{NBSP}06 12 34 56 78 · Courriel{NBSP}emapp@hopital.example"));
    assert_eq!(empp.notes, "Passages à deux soignants.\nIntervient à la demande du SIAO.");
    assert_eq!(empp.territory, "");

    let ml = &partners[2];
    assert_eq!(ml.name, "Mission locale");
    assert_eq!(ml.sector, Sector::EmploiInsertion);
    assert_eq!(ml.expertise, "");
    assert_eq!(ml.territory, "69003 Lyon");
    assert_eq!(ml.notes, "", "FN equal to ORG adds nothing");
    // No photo data anywhere.
    assert!(partners.iter().all(|p| !format!("{p:?}").contains("/9j/")));
}

#[test]
fn a_vcard_4_file_is_read() {
    let partners = parse_partners(CARDDAV_V4.as_bytes()).unwrap();
    assert_eq!(partners.len(), 1);
    let p = &partners[0];
    assert_eq!(p.name, "Association Les Tilleuls");
    assert_eq!(p.sector, Sector::MedicoSocial);
    assert_eq!(p.expertise, "autisme,TND, habiletés sociales");
    assert_eq!(p.territory, "69007 Lyon");
    assert_eq!(p.contact, format!("Tél.{NBSP}+33-4-78-00-00-00 · Courriel{NBSP}secretariat@tilleuls.example"));
    assert_eq!(
        p.notes,
        format!(
            "Contact{NBSP}: SESSAD Les Tilleuls\nService{NBSP}: SESSAD\nAccompagnement de 0 à 20 ans; liste d’attente \
             d’environ un an."
        )
    );
}

fn tricky_partners() -> Vec<Partner> {
    let mut all = demo::partners();
    all.push(Partner {
        name: "CCAS; annexe, « Nord » \\ bâtiment B".into(),
        sector: Sector::Social,
        expertise: "aide sociale légale, domiciliation; épicerie solidaire".into(),
        territory: "69004 Lyon".into(),
        contact: format!("Tél.{NBSP}04 72 10 20 30 · Courriel{NBSP}ccas@mairie.example · accueil le matin"),
        notes: format!("{}\nligne deux\n\nligne quatre 😀 e\u{301}", "é".repeat(120)),
        ..Partner::new_draft()
    });
    all.push(Partner { name: "Sans rien d’autre".into(), ..Partner::new_draft() });
    all
}

#[test]
fn export_then_import_gives_back_the_same_partners() {
    let source = tricky_partners();
    let text = to_vcf(&source);
    let back = parse_partners(text.as_bytes()).unwrap();
    assert_eq!(all_fields(&back), all_fields(&source));
}

fn assert_valid_vcard_4(text: &str, cards: usize) {
    assert!(!text.replace("\r\n", "").contains(['\r', '\n']), "CRLF only");
    assert!(text.ends_with("\r\n"));
    for line in text.split_terminator("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
        assert!(!line.chars().any(char::is_control), "control character in {line:?}");
    }
    let unfolded = text.replace("\r\n ", "");
    let lines: Vec<&str> = unfolded.split_terminator("\r\n").collect();
    assert_eq!(lines.iter().filter(|l| **l == "BEGIN:VCARD").count(), cards);
    assert_eq!(lines.iter().filter(|l| **l == "END:VCARD").count(), cards);
    for (i, line) in lines.iter().enumerate() {
        if *line == "BEGIN:VCARD" {
            assert_eq!(lines.get(i + 1), Some(&"VERSION:4.0"), "VERSION right after BEGIN");
            let card: Vec<&str> = lines[i..].iter().take_while(|l| **l != "END:VCARD").copied().collect();
            assert_eq!(card.iter().filter(|l| l.starts_with("FN:")).count(), 1, "{card:?}");
            assert!(card.contains(&"KIND:org"));
            assert!(card.iter().any(|l| l.starts_with("ORG:")));
            assert_eq!(card.iter().filter(|l| l.starts_with("CATEGORIES:")).count(), 1);
        }
    }
}

#[test]
fn the_export_is_folded_crlf_vcard_4() {
    let source = tricky_partners();
    let text = to_vcf(&source);
    assert_valid_vcard_4(&text, source.len());
    assert!(text.contains("FN:CCAS\\; annexe\\, « Nord » \\\\ bâtiment B\r\n"));
    assert!(text.contains("TEL;TYPE=work:04 72 10 20 30\r\n"));
    assert!(text.contains("EMAIL;TYPE=work:ccas@mairie.example\r\n"));
    assert!(text.contains("CATEGORIES:social\r\n"));
    assert!(text.contains("CATEGORIES:medico-social\r\n"));
}

// ---------------------------------------------------------------------------------------------
// The command line

fn export_stdout(sandbox: &Sandbox, dir: &Path) -> String {
    let output = sandbox.cmd_on(dir).args(["export", "contacts", "--format", "vcf"]).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

fn import(sandbox: &Sandbox, dir: &Path, file: &Path) -> (i32, String, String) {
    let output = sandbox.cmd_on(dir).arg("import").arg("contacts").arg(file).output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn the_demo_directory_goes_to_another_data_folder_and_back() {
    let sandbox = Sandbox::new();
    assert!(sandbox.run(&["demo"]).status.success());
    let source = stored(&sandbox.data());
    assert!(source.len() >= 25, "{} partners in the demo", source.len());

    let text = export_stdout(&sandbox, &sandbox.data());
    assert_valid_vcard_4(&text, source.len());
    let names: Vec<String> = parse_partners(text.as_bytes()).unwrap().into_iter().map(|p| p.name).collect();
    let mut expected: Vec<String> = source.iter().map(|p| p.name.clone()).collect();
    expected.sort();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(sorted, expected, "every demo partner is exported");

    // --out: the same bytes, in a private file.
    let file = sandbox.path("annuaire.vcf");
    let output = sandbox.cmd().args(["export", "contacts", "--format", "vcf", "--out"]).arg(&file).output().unwrap();
    assert!(output.status.success() && output.stdout.is_empty());
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600);
    }

    // Into a fresh data folder: everything, once.
    let other = sandbox.path("autre");
    let n = source.len();
    let (code, stdout, stderr) = import(&sandbox, &other, &file);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout, format!("{n} partenaires importés, 0 déjà présent dans l’annuaire.\n"));
    assert_eq!(all_fields(&stored(&other)), all_fields(&source));
    assert!(stored(&other).iter().all(|p| !p.archived));

    // Again: nothing new, nothing doubled.
    let (code, stdout, _) = import(&sandbox, &other, &file);
    assert_eq!(code, 0);
    assert_eq!(stdout, format!("0 partenaire importé, {n} déjà présents dans l’annuaire.\n"));
    assert_eq!(stored(&other).len(), n);

    // And the second folder exports what the first did.
    assert_eq!(export_stdout(&sandbox, &other), text);
}

#[test]
fn archived_partners_are_left_out_of_the_export() {
    let sandbox = Sandbox::new();
    assert!(sandbox.run(&["demo"]).status.success());
    let archived = {
        let mut store = Store::open(&sandbox.data()).unwrap();
        let first = store.partners(false).unwrap().remove(0);
        store.set_partner_archived(first.id, true).unwrap();
        first
    };
    let text = export_stdout(&sandbox, &sandbox.data());
    let names: Vec<String> = parse_partners(text.as_bytes()).unwrap().into_iter().map(|p| p.name).collect();
    assert!(!names.contains(&archived.name));
    assert_eq!(names.len(), stored(&sandbox.data()).len() - 1);
}

#[test]
fn a_phone_export_imports_on_the_command_line() {
    let sandbox = Sandbox::new();
    let file = sandbox.path("telephone.vcf");
    std::fs::write(&file, PHONE_V3).unwrap();
    let (code, stdout, stderr) = import(&sandbox, &sandbox.data(), &file);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout, "3 partenaires importés, 0 déjà présent dans l’annuaire.\n");
    let output = sandbox.cmd().args(["--lang", "en", "import", "contacts"]).arg(&file).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&output.stdout), "0 partners imported, 3 already in the directory.\n");
}

const GOOD_CARD: &str = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nouveau partenaire\r\nEND:VCARD\r\n";

#[test]
fn a_bad_file_is_refused_in_one_line_and_imports_nothing() {
    let sandbox = Sandbox::new();
    assert!(sandbox.run(&["demo"]).status.success());
    let before = all_fields(&stored(&sandbox.data()));
    let with_good = |bad: &[u8]| [GOOD_CARD.as_bytes(), bad].concat();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("tronque", with_good(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Foyer d"), "n’a pas de END:VCARD"),
        ("coupe-dans-un-caractere", with_good(b"BEGIN:VCARD\r\nFN:Foyer \xc3"), "n’a pas de END:VCARD"),
        ("sans-nom", with_good(b"BEGIN:VCARD\r\nVERSION:4.0\r\nTEL:01 23 45 67 89\r\nEND:VCARD\r\n"), "ni nom (FN)"),
        ("binaire", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01".to_vec(), "données binaires"),
        (
            "latin1",
            with_good(b"BEGIN:VCARD\r\nFN:H\xf4pital\r\nEND:VCARD\r\n"),
            "ligne 6\u{a0}: texte qui n’est pas en UTF-8",
        ),
        (
            "charset",
            with_good(b"BEGIN:VCARD\r\nFN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:H=F4pital\r\nEND:VCARD\r\n"),
            "«\u{a0}ISO-8859-1\u{a0}» non pris en charge",
        ),
        ("vide", Vec::new(), "le fichier est vide"),
        (
            "nom-trop-long",
            with_good(format!("BEGIN:VCARD\r\nFN:{}\r\nEND:VCARD\r\n", "é".repeat(30_000)).as_bytes()),
            "ligne 6\u{a0}: FN de 30\u{a0}000 caractères pour 20\u{a0}000 au plus",
        ),
        (
            "notes-trop-longues",
            with_good(
                format!("BEGIN:VCARD\r\nFN:CMP\r\n{}END:VCARD\r\n", "NOTE:abcdefghij\r\n".repeat(2_000)).as_bytes(),
            ),
            "NOTE de 21\u{a0}999 caractères pour 20\u{a0}000 au plus",
        ),
        ("pas-une-vcard", b"nom;telephone\r\nCMP;0123456789\r\n".to_vec(), "ce n’est pas un fichier vCard"),
    ];
    for (name, bytes, reason) in cases {
        let file = sandbox.path(&format!("{name}.vcf"));
        std::fs::write(&file, &bytes).unwrap();
        let (code, stdout, stderr) = import(&sandbox, &sandbox.data(), &file);
        assert_eq!(code, 1, "{name}: {stderr}");
        assert!(stdout.is_empty(), "{name}: {stdout}");
        assert_eq!(stderr.lines().count(), 1, "{name}: {stderr}");
        assert!(stderr.starts_with("Fichier vCard refusé"), "{name}: {stderr}");
        assert!(stderr.contains(reason), "{name}: {stderr}");
        assert!(stderr.trim_end().ends_with("Rien n’a été importé."), "{name}: {stderr}");
        assert_eq!(all_fields(&stored(&sandbox.data())), before, "{name}: the directory changed");
    }
    // A missing file too, in one line.
    let (code, _, stderr) = import(&sandbox, &sandbox.data(), &sandbox.path("absent.vcf"));
    assert_eq!((code, stderr.lines().count()), (1, 1), "{stderr}");
}

#[test]
fn the_errors_say_where() {
    assert_eq!(
        parse_partners(format!("{GOOD_CARD}BEGIN:VCARD\r\nN:Dupont;Jean\r\nEND:VCARD\r\n").as_bytes()),
        Err(VcardError::NoName { line: 5 })
    );
    assert_eq!(
        parse_partners(format!("{GOOD_CARD}BEGIN:VCARD\r\nFN:X").as_bytes()),
        Err(VcardError::Unterminated { line: 5 })
    );
    let long = format!("{GOOD_CARD}BEGIN:VCARD\r\nVERSION:4.0\r\nORG:{}\r\nEND:VCARD\r\n", "x".repeat(20_001));
    assert_eq!(
        parse_partners(long.as_bytes()),
        Err(VcardError::TooLong { line: 7, property: "ORG".into(), chars: 20_001, max: 20_000 })
    );
    let fits = format!("{GOOD_CARD}BEGIN:VCARD\r\nFN:{}\r\nEND:VCARD\r\n", "x".repeat(20_000));
    assert_eq!(parse_partners(fits.as_bytes()).map(|p| p[1].name.chars().count()), Ok(20_000));
}
