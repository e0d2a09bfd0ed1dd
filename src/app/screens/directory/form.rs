//! The partner form of the territory directory. Professional data about a structure: never
//! anything about the persons accompanied.

use crate::app::form::{Field, FieldError, FieldId, FieldKind, Form, FormKind};
use crate::domain::partner::{Partner, Sector};
use crate::domain::text::{clean, clean_line};

impl Form {
    pub fn partner(p: &Partner) -> Form {
        let sectors: Vec<&str> = Sector::ALL.iter().map(|s| s.code()).collect();
        let fields = vec![
            Field::new(FieldId::PartnerName, FieldKind::Line, &p.name).required(),
            Field::choice(FieldId::Sector, sectors, p.sector.code()),
            Field::new(FieldId::Expertise, FieldKind::Text, &p.expertise),
            Field::new(FieldId::Territory, FieldKind::Line, &p.territory),
            Field::new(FieldId::Contact, FieldKind::Text, &p.contact),
            Field::new(FieldId::PartnerNotes, FieldKind::Text, &p.notes),
        ];
        Form::with_fields(FormKind::Partner(p.clone()), fields)
    }

    pub fn to_partner(&mut self) -> Option<Partner> {
        let FormKind::Partner(original) = &self.kind else { return None };
        let mut p = original.clone();
        for f in &mut self.fields {
            f.error = None;
        }
        p.name = clean_line(&self.text_of(FieldId::PartnerName));
        p.sector = self
            .fields
            .iter()
            .find(|f| f.id == FieldId::Sector)
            .and_then(|f| Sector::from_code(f.choice_code()))
            .unwrap_or(p.sector);
        let block = |s: String| clean(&s).trim().to_string();
        p.expertise = block(self.text_of(FieldId::Expertise));
        p.territory = clean_line(&self.text_of(FieldId::Territory));
        p.contact = block(self.text_of(FieldId::Contact));
        p.notes = block(self.text_of(FieldId::PartnerNotes));
        if p.name.is_empty() {
            self.set_error(FieldId::PartnerName, FieldError::Required);
        }
        self.focus_first_error();
        self.fields.iter().all(|f| f.error.is_none()).then_some(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui_textarea::TextArea;

    #[test]
    fn a_partner_needs_a_name_and_keeps_its_sector() {
        let mut form = Form::partner(&Partner::new_draft());
        assert_eq!(form.to_partner(), None);
        let name = form.fields.iter_mut().find(|f| f.id == FieldId::PartnerName).unwrap();
        name.editor = TextArea::new(vec!["CMP adultes\u{1b}[2J".into()]);
        let sector = form.fields.iter_mut().find(|f| f.id == FieldId::Sector).unwrap();
        sector.cycle(false);
        let p = form.to_partner().unwrap();
        assert_eq!(p.name, "CMP adultes[2J");
        assert_eq!(p.sector, Sector::Associatif);
    }
}
