-- Schema 6: notes the program wrote. Up to schema 5, accepting a suggestion in « Compétences »
-- saved the suggestion's reason (« Diagnostic co-construit avec la personne… ») as the reflective
-- note, so a competency could reach « solide » and the DPP print the program's words as the
-- candidate's. The DPP must be her own words: such notes are emptied, the evidence is kept, and
-- it is shown as « sans note réflexive — à écrire ». Only a note that is exactly one of these
-- sentences (in French or English) is emptied; free evidence has no suggestion and is left alone.

UPDATE evidence SET note = ''
WHERE record_kind <> 'free'
  AND trim(note) IN (
    'Diagnostic co-construit avec la personne, ses propres mots recueillis.',
    'Axe élaboré avec la personne : sa participation et son avis notés.',
    'Objectif opérationnel mesurable (indicateur) dont une action est portée par un partenaire.',
    'Évaluation où la personne a noté elle-même sa situation, à côté de mon regard.',
    'Partenaire du territoire mobilisé : il porte une action du projet.',
    'Transmission ciblée à un partenaire, notée au journal.',
    'Diagnosis co-built with the person, in her own words.',
    'Axis built with the person: her participation and view noted.',
    'Measurable operational objective (indicator) with an action carried by a partner.',
    'Evaluation where the person rated her own situation.',
    'Partner of the territory mobilised: it carries an action of the plan.',
    'Targeted transmission to a partner, noted in the journal.'
  );
