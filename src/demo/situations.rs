//! The bundled demo: a small, believable file active that a new user explores first and that every
//! screenshot shows. Everything here is fictitious and anonymised: pseudonyms only, no address, no
//! real place, no full birth date. Dates are relative to `today` so the demo always looks current.
//!
//! Pure data: the loader saves the persons and their entries, in order, so that an older revision
//! of a domain is saved before a newer one.

use chrono::{Datelike, Days, NaiveDate};

use crate::domain::diagnosis::Priority::{self, High, Low, Medium};
use crate::domain::diagnosis::{DiagnosisEntry, Need};
use crate::domain::person::{AgeBand, Person, PersonStatus};

/// One person of the demo and her diagnosis entries, in the order they were written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoSituation {
    pub person: Person,
    pub entries: Vec<DiagnosisEntry>,
}

/// The demo file active as seen on `today`.
pub fn situations(today: NaiveDate) -> Vec<DemoSituation> {
    vec![monsieur_r(today), leo(today), madame_d(today), ines(today), monsieur_k(today), nathan(today)]
}

/// `days` days before `today`; on the fixed demo data, falls back to `today` at the edge of the calendar.
fn ago(today: NaiveDate, days: u64) -> NaiveDate {
    today.checked_sub_days(Days::new(days)).unwrap_or(today)
}

const NOTHING: Priority = Priority::None;

/// A diagnosis entry as written in this file: `days` before today, needs as (text, SERAFIN-PH code).
struct Draft {
    domain: &'static str,
    days: u64,
    situation: &'static str,
    person_words: &'static str,
    needs: &'static [(&'static str, Option<&'static str>)],
    resources: &'static str,
    risks: &'static str,
    /// (priority for the person, priority for the référent)
    priority: (Priority, Priority),
    source: &'static str,
    co_built: bool,
}

impl Draft {
    fn build(&self, today: NaiveDate) -> DiagnosisEntry {
        DiagnosisEntry {
            id: 0,
            person_id: 0,
            domain: self.domain.into(),
            revision: 0,
            situation: self.situation.into(),
            person_words: self.person_words.into(),
            needs: self
                .needs
                .iter()
                .map(|(text, code)| Need { text: (*text).into(), serafin_code: code.map(Into::into) })
                .collect(),
            resources: self.resources.into(),
            risks: self.risks.into(),
            priority_person: self.priority.0,
            priority_referent: self.priority.1,
            source: self.source.into(),
            date: ago(today, self.days),
            co_built: self.co_built,
        }
    }
}

fn build_all(drafts: &[Draft], today: NaiveDate) -> Vec<DiagnosisEntry> {
    drafts.iter().map(|d| d.build(today)).collect()
}

/// A person of the demo: always fictitious, never archived; the loader gives the id.
struct Who {
    pseudonym: &'static str,
    birth_year: Option<i32>,
    age_band: Option<AgeBand>,
    dispositif: &'static str,
    referral_days: u64,
    referral_source: &'static str,
    status: PersonStatus,
    consent_days: Option<u64>,
    consent_scope: &'static str,
    last_contact_days: u64,
}

impl Who {
    fn build(&self, today: NaiveDate) -> Person {
        Person {
            id: 0,
            pseudonym: self.pseudonym.into(),
            birth_year: self.birth_year,
            age_band: self.age_band,
            dispositif: self.dispositif.into(),
            referral_date: Some(ago(today, self.referral_days)),
            referral_source: self.referral_source.into(),
            status: self.status,
            fictitious: true,
            consent_date: self.consent_days.map(|d| ago(today, d)),
            consent_scope: self.consent_scope.into(),
            last_contact: Some(ago(today, self.last_contact_days)),
            archived: false,
        }
    }
}

/// M. R., 52 ans, après un AVC: the rich adult situation, every domain explored.
fn monsieur_r(today: NaiveDate) -> DemoSituation {
    let person = Who {
        pseudonym: "M. R.",
        birth_year: Some(today.year() - 52),
        age_band: None,
        dispositif: "DAC",
        referral_days: 212,
        referral_source: "Assistante sociale du CHU (service de soins médicaux et de réadaptation)",
        status: PersonStatus::Active,
        consent_days: Some(205),
        consent_scope: "Information sur l’accompagnement DAC et accord pour le partage d’informations avec l’équipe de \
                        soins du CHU, le médecin traitant et le SAMSAH. Accord pour associer sa sœur aux échanges sur \
                        le logement et les démarches administratives.",
        last_contact_days: 9,
    }
    .build(today);
    let drafts = [
        Draft {
            domain: "sante",
            days: 200,
            situation: "AVC ischémique il y a six semaines, pris en charge en unité neurovasculaire du CHU puis en \
                        SMR. Hémiparésie gauche : marche possible sur de courtes distances avec une canne tripode, \
                        main gauche peu fonctionnelle alors que M. R. est gaucher. Aphasie en voie de récupération : \
                        il comprend bien les échanges simples mais cherche ses mots et se fatigue vite. Hypertension \
                        découverte à l’occasion de l’AVC ; tabagisme d’un paquet par jour depuis trente ans.",
            person_words: "« Je veux rentrer chez moi. Les mots, ils viennent… mais lentement. Le reste, ça va \
                           revenir, le kiné me l’a dit. »",
            needs: &[
                ("Poursuivre la rééducation de la marche et du membre supérieur après la sortie du SMR", Some("1.1.8")),
                ("Poursuivre la rééducation orthophonique de l’aphasie", Some("1.1.4")),
                (
                    "Comprendre son traitement et réduire les facteurs de risque de récidive (tension, tabac)",
                    Some("1.1.10"),
                ),
            ],
            resources: "Équipe du SMR attentive à la préparation de la sortie. Médecin traitant qui le connaît depuis \
                        quinze ans et accepte de coordonner le suivi. M. R. est très motivé et fait seul ses \
                        exercices en chambre.",
            risks: "Rupture de la rééducation à la sortie faute d’orthophoniste libéral disponible sur la commune \
                    (plusieurs mois d’attente). Arrêt du traitement antihypertenseur s’il n’en comprend pas \
                    l’utilité. Reprise du tabac au retour à domicile.",
            priority: (High, High),
            source: "Compte rendu d’hospitalisation transmis avec accord, puis entretien au SMR",
            co_built: true,
        },
        Draft {
            domain: "logement",
            days: 196,
            situation: "M. R. est locataire seul d’un T2 au deuxième étage sans ascenseur, auprès d’un bailleur \
                        social. Deux mois de loyer sont impayés (environ 980 €) : les indemnités journalières ont \
                        été versées avec retard et les prélèvements ont été rejetés. Le bailleur a adressé une mise \
                        en demeure, que M. R. a découverte lors d’une permission de week-end. Il monte l’escalier \
                        lentement, en se tenant à la rampe.",
            person_words: "« Je ne veux pas perdre mon appartement. Ma fille a sa chambre là-bas. Les escaliers, je \
                           m’y ferai. »",
            needs: &[
                (
                    "Maintien dans le logement : traiter la dette locative avant qu’une procédure ne s’engage",
                    Some("1.3.2.1"),
                ),
                ("Informer le bailleur de la situation et obtenir un délai", None),
            ],
            resources: "Chargée de contentieux du bailleur joignable, qui accepte de suspendre les relances le temps \
                        de faire le point. Bail ancien de neuf ans, sans incident de paiement jusqu’ici. Sa sœur \
                        relève le courrier.",
            risks: "Aggravation de la dette tant que les indemnités journalières ne sont pas régularisées ; \
                    engagement d’une procédure d’expulsion. Chute dans l’escalier.",
            priority: (High, High),
            source: "Échange avec l’assistante sociale du CHU, puis appel au bailleur social avec l’accord de M. R.",
            co_built: true,
        },
        Draft {
            domain: "autonomie",
            days: 186,
            situation: "Depuis son retour à domicile, M. R. s’habille seul avec des vêtements sans boutons, mais il \
                        y met près d’une heure. Il n’entre pas seul dans la baignoire par peur de chuter : sa sœur \
                        l’aide pour la douche deux fois par semaine. Il ne cuisine plus et mange les plats préparés \
                        qu’elle apporte ; le ménage et le linge ne sont plus faits. L’aide-ménagère financée par \
                        l’assistance de sa mutuelle (dix heures au total) s’arrête la semaine prochaine.",
            person_words: "« La douche avec ma sœur, ça me gêne. Je suis un homme, quand même. Je veux quelqu’un \
                           d’autre, ou me débrouiller seul. »",
            needs: &[
                ("Aide pour la toilette et les transferts dans la salle de bain", Some("1.2.1.1")),
                ("Aide pour les courses, les repas et l’entretien du logement", Some("1.3.2.2")),
                (
                    "Évaluation par un ergothérapeute à domicile (barre d’appui, siège de douche, douche à la place \
                     de la baignoire)",
                    None,
                ),
            ],
            resources: "Sœur très présente. M. R. connaît son logement et garde ses habitudes. Il se sert bien de sa \
                        main droite et progresse chaque semaine.",
            risks: "Épuisement de sa sœur, seule aidante. Chute dans la baignoire. Dénutrition si les repas \
                    reposent uniquement sur les plats apportés.",
            priority: (Medium, High),
            source: "Visite à domicile, en présence de sa sœur",
            co_built: true,
        },
        Draft {
            domain: "ressources",
            days: 184,
            situation: "Avant l’AVC, M. R. gagnait environ 1 750 € nets par mois. Il perçoit désormais des \
                        indemnités journalières de la CPAM (environ 900 € par mois), versées au début avec deux mois \
                        de retard faute d’attestation de salaire de l’employeur. Le loyer restant à sa charge après \
                        APL est de 490 €. Il verse 150 € par mois pour l’entretien de sa fille et rembourse un crédit \
                        automobile de 180 € par mois.",
            person_words: "« Je n’ai jamais eu de dettes. Avant, je gagnais ma vie. Là, je regarde le compte et je \
                           ne comprends plus rien. »",
            needs: &[
                (
                    "Ouvrir tous les droits liés à l’arrêt maladie : complément de la prévoyance de l’employeur, \
                     révision de l’APL",
                    Some("1.3.5.1"),
                ),
                ("Établir un budget et hiérarchiser les charges (loyer, pension, crédit)", Some("1.3.5.1")),
                ("Solliciter l’assurance emprunteur pour la prise en charge des mensualités du crédit", None),
            ],
            resources: "Contrat de prévoyance collective de l’entreprise, pas encore activé. Assurance emprunteur \
                        attachée au crédit. Sœur prête à l’accompagner à la banque.",
            risks: "Rejets de prélèvements et frais bancaires. Renoncement aux soins mal remboursés. \
                    Surendettement si la situation se prolonge.",
            priority: (Medium, High),
            source: "Entretien au domicile, relevés de compte présentés par M. R.",
            co_built: true,
        },
        Draft {
            domain: "droits",
            days: 182,
            situation: "Aucun dossier MDPH n’a été déposé. Le médecin traitant a demandé la reconnaissance en ALD ; \
                        la réponse de la CPAM n’est pas arrivée. La mutuelle d’entreprise court toujours. M. R. lit \
                        les courriers simples, mais les formulaires longs le découragent : il perd le fil et les \
                        met de côté.",
            person_words: "« Les papiers, je n’y arrive plus. Je lis, je relis, et après je ne sais plus. Ma sœur \
                           m’aide, mais elle a sa vie. »",
            needs: &[
                (
                    "Constituer un premier dossier MDPH : RQTH, carte mobilité inclusion, PCH, orientation vers un \
                     SAMSAH",
                    Some("1.3.1.1"),
                ),
                ("Suivre la reconnaissance de l’ALD pour une prise en charge à 100 %", Some("1.3.1.1")),
                ("Disposer d’un classement simple de ses papiers, qu’il puisse utiliser seul", None),
            ],
            resources: "Médecin traitant prêt à remplir rapidement le certificat médical MDPH. Sœur disponible le \
                        samedi. M. R. garde tous ses courriers.",
            risks: "Délais d’instruction de plusieurs mois à la MDPH : sans dépôt rapide, pas d’aide humaine \
                    financée avant longtemps. Courriers non ouverts et délais de recours dépassés.",
            priority: (Low, High),
            source: "Entretien au domicile",
            co_built: true,
        },
        Draft {
            domain: "emploi",
            days: 175,
            situation: "Chauffeur-livreur en CDI dans la même entreprise de messagerie depuis onze ans, en arrêt \
                        maladie depuis l’AVC. La conduite professionnelle est exclue à ce stade ; l’aptitude à la \
                        conduite devra être évaluée par un médecin agréé. Aucune visite de pré-reprise n’a été \
                        demandée au médecin du travail. M. R. a un CAP de mécanique et aimait le contact avec les \
                        clients.",
            person_words: "« Mon travail, c’est toute ma vie. Je veux reprendre. Peut-être pas livrer, mais au \
                           dépôt, je connais tout le monde. »",
            needs: &[
                (
                    "Demander une visite de pré-reprise au médecin du travail pour étudier un aménagement de poste ou \
                     un reclassement",
                    Some("1.3.3.2"),
                ),
                ("Obtenir la RQTH pour accéder aux aides au maintien dans l’emploi", Some("1.3.3.2")),
            ],
            resources: "Ancienneté et bonne réputation dans l’entreprise ; son chef d’équipe prend des nouvelles. \
                        Savoir-faire manuel.",
            risks: "Licenciement pour inaptitude sans examen réel des possibilités de reclassement. Perte \
                    d’identité et repli si le travail disparaît.",
            priority: (High, Medium),
            source: "Entretien au domicile",
            co_built: true,
        },
        Draft {
            domain: "vie-sociale",
            days: 170,
            situation: "M. R. est séparé depuis trois ans. Sa fille de 17 ans vit chez sa mère et venait un \
                        week-end sur deux ; depuis l’AVC, elle passe une heure le mercredi et repart vite. Sa sœur \
                        aînée, qui habite la commune, vient trois fois par semaine en plus de son travail : elle se \
                        dit « à bout » mais ne veut pas lâcher. Les collègues sont venus à l’hôpital, plus depuis. \
                        M. R. sort peu et a honte de sa parole.",
            person_words: "« Ma fille, je ne veux pas qu’elle me voie comme un handicapé. Je préfère qu’elle vienne \
                           moins. Les copains, quand je parle, ils finissent mes phrases, ça m’énerve. »",
            needs: &[
                ("Maintenir et apaiser le lien avec sa fille (lui expliquer l’AVC et l’aphasie)", Some("1.3.3.4")),
                ("Retrouver des activités et des relations en dehors de la famille", Some("1.3.4.1")),
                ("Soutien et répit pour sa sœur, aidante principale", None),
            ],
            resources: "Liens forts avec sa sœur et sa fille. Ancien joueur du club de pétanque de la commune. Une \
                        association de personnes aphasiques anime un groupe de parole à l’hôpital de jour.",
            risks: "Isolement et dépression post-AVC. Épuisement de sa sœur, avec un arrêt brutal de son aide.",
            priority: (Medium, Medium),
            source: "Visite à domicile, puis échange téléphonique avec sa sœur avec l’accord de M. R.",
            co_built: true,
        },
        Draft {
            domain: "mobilite",
            days: 168,
            situation: "M. R. marche avec une canne tripode à l’intérieur et sur une centaine de mètres dehors, avec \
                        des pauses. Il descend l’escalier en cinq minutes environ. Il ne conduit plus et ne sait pas \
                        s’il en aura de nouveau le droit. Sa sœur l’emmène à l’hôpital de jour ; un transport en \
                        taxi conventionné est prescrit, mais il ne sait pas comment le réserver.",
            person_words: "« Sans la voiture, je suis coincé. Le bus, avec ma jambe et ma parole, je n’ose pas. »",
            needs: &[
                (
                    "Organiser les transports vers les soins (taxi conventionné, transport à la demande)",
                    Some("1.3.4.2"),
                ),
                ("Travailler la marche et l’équilibre pour sortir seul dans le quartier", Some("1.2.1.3")),
                (
                    "Connaître les conditions d’un retour à la conduite (avis d’un médecin agréé, véhicule aménagé)",
                    Some("1.3.4.2"),
                ),
            ],
            resources: "Kinésithérapeute qui travaille la marche en extérieur. Arrêt de bus proche. Sœur disposant \
                        d’une voiture.",
            risks: "Séances de rééducation annulées faute de transport. Isolement au domicile.",
            priority: (High, Medium),
            source: "Visite à domicile et échange avec le kinésithérapeute",
            co_built: false,
        },
        Draft {
            domain: "securite",
            days: 165,
            situation: "M. R. a chuté dans la salle de bain la semaine dernière, sans blessure ; il est resté vingt \
                        minutes au sol avant de se relever. Il n’a pas de téléassistance. Il a signé au domicile un \
                        contrat d’énergie présenté par un démarcheur, sans l’avoir compris. Selon le neurologue, ses \
                        capacités de décision sont préservées : la question d’une mesure de protection, évoquée par \
                        le CHU, est écartée à ce stade.",
            person_words: "« Je ne suis pas sous tutelle, je ne suis pas fou. Je comprends, c’est juste que ça va \
                           trop vite quand on me parle. »",
            needs: &[
                (
                    "Sécuriser le domicile après la chute : téléassistance, aménagement de la salle de bain",
                    Some("1.2.1.4"),
                ),
                (
                    "Se protéger des démarchages : relire avec un proche avant de signer, connaître le droit de \
                     rétractation",
                    Some("1.2.1.4"),
                ),
            ],
            resources: "M. R. parle volontiers de ce qui lui arrive et accepte qu’on relise avec lui. Il a lui-même \
                        proposé une procuration bancaire à sa sœur. Voisine de palier attentive.",
            risks: "Nouvelle chute sans pouvoir alerter. Abus de faiblesse favorisé par la lenteur de sa parole.",
            priority: (Low, High),
            source: "Visite à domicile",
            co_built: false,
        },
        Draft {
            domain: "scolarite",
            days: 160,
            situation: "Domaine non concerné à titre personnel : M. R. a quitté l’école après son CAP. Il évoque \
                        spontanément la scolarité de sa fille, en terminale, dont il suit les résultats avec fierté.",
            person_words: "« L’école, c’est fini pour moi. Ce qui compte, c’est que ma fille ait son bac. »",
            needs: &[],
            resources: "Son intérêt pour le parcours de sa fille est un levier pour garder le lien avec elle.",
            risks: "Aucun risque identifié dans ce domaine.",
            priority: (NOTHING, NOTHING),
            source: "Entretien au domicile",
            co_built: true,
        },
        Draft {
            domain: "logement",
            days: 98,
            situation: "La dette atteint 1 900 € : les indemnités journalières sont désormais régulières mais ne \
                        couvrent pas le loyer et les charges. Le bailleur a fait délivrer un commandement de payer \
                        par un commissaire de justice et va signaler la situation à la CCAPEX. Au rendez-vous, il a \
                        proposé un plan d’apurement de 60 € par mois, sous réserve d’une aide du FSL. Le dossier FSL \
                        maintien a été rempli avec M. R. et déposé le jour même.",
            person_words: "« Quand j’ai vu le papier de l’huissier, je n’ai pas dormi. Là, au moins, on sait ce \
                           qu’on fait. Soixante euros, je peux. »",
            needs: &[
                ("Maintien dans le logement : obtenir l’aide du FSL et tenir le plan d’apurement", Some("1.3.2.1")),
                (
                    "Demander une mutation vers un logement accessible (rez-de-chaussée ou ascenseur) chez le même \
                     bailleur",
                    Some("1.3.2.1"),
                ),
            ],
            resources: "Bailleur favorable à un accord amiable. Assistante sociale du conseil départemental saisie \
                        pour instruire le FSL. Loyer courant payé depuis un mois.",
            risks: "Assignation devant le juge si le plan n’est pas tenu. Refus du FSL si le loyer courant n’est pas \
                    payé régulièrement.",
            priority: (High, High),
            source: "Rendez-vous chez le bailleur social avec M. R. et sa sœur",
            co_built: true,
        },
        Draft {
            domain: "droits",
            days: 80,
            situation: "La CDAPH a accordé la RQTH et la carte mobilité inclusion mention « priorité » ; l’ALD est \
                        reconnue. La PCH (aide humaine et aides techniques) est en cours d’évaluation : \
                        l’ergothérapeute de la MDPH est venue au domicile il y a deux semaines. L’orientation vers \
                        un SAMSAH est notifiée, avec une admission annoncée dans trois mois. M. R. range lui-même \
                        ses papiers dans le classeur à onglets de couleur préparé ensemble.",
            person_words: "« Le classeur, c’est bien. Rouge, c’est la MDPH, bleu, la CPAM. Je le fais tout seul \
                           maintenant. »",
            needs: &[
                ("Suivre la décision de PCH et mettre en place l’aide humaine accordée", Some("1.3.1.1")),
                (
                    "Faire valoir ses droits en cas de licenciement : indemnités, portabilité de la mutuelle, \
                     inscription comme demandeur d’emploi",
                    Some("1.3.1.1"),
                ),
                ("Préparer le relais avec le SAMSAH", None),
            ],
            resources: "M. R. gagne en autonomie dans ses démarches. La MDPH a traité le dossier en priorité à la \
                        demande du DAC.",
            risks: "Période sans aide humaine financée en attendant la PCH. Perte de la mutuelle à la fin de la \
                    portabilité.",
            priority: (Medium, Medium),
            source: "Entretien au domicile, notifications MDPH présentées par M. R.",
            co_built: true,
        },
        Draft {
            domain: "sante",
            days: 60,
            situation: "Six mois après l’AVC, la marche s’est améliorée : canne simple, cinq cents mètres sans \
                        pause. La main gauche reste peu fonctionnelle. L’orthophonie se poursuit deux fois par \
                        semaine en libéral ; la parole est plus fluide, le manque du mot persiste quand il est \
                        fatigué ou stressé. Le médecin traitant repère une humeur triste, des réveils nocturnes et \
                        une perte d’appétit. M. R. fume encore cinq cigarettes par jour.",
            person_words: "« Je marche mieux, ça oui. Mais le moral, c’est pas ça. Le soir, je tourne en rond. »",
            needs: &[
                ("Évaluer et traiter une possible dépression post-AVC", Some("1.1.1")),
                ("Poursuivre l’orthophonie et la rééducation du membre supérieur", Some("1.1.4")),
                ("Arrêter le tabac avec un accompagnement (consultation de tabacologie)", Some("1.1.10")),
            ],
            resources: "Bonne relation avec le médecin traitant et l’orthophoniste. Progrès visibles, qui \
                        encouragent M. R. Il a accepté une consultation de tabacologie au CHU.",
            risks: "Dépression non prise en charge et abandon des soins. Récidive d’AVC si la tension et le tabac ne \
                    sont pas maîtrisés.",
            priority: (Medium, High),
            source: "Réunion de concertation pluriprofessionnelle (médecin traitant, hôpital de jour, orthophoniste, \
                     DAC), compte rendu relu avec M. R.",
            co_built: true,
        },
        Draft {
            domain: "emploi",
            days: 45,
            situation: "Le médecin du travail a conclu à une inaptitude au poste de chauffeur-livreur, en précisant \
                        qu’un poste sans conduite, à temps partiel, serait compatible. L’employeur dit ne pas avoir \
                        de tel poste et a convoqué M. R. à un entretien préalable au licenciement pour inaptitude. \
                        M. R. a demandé à être assisté par un représentant du personnel. Son projet évolue : il \
                        parle d’un travail manuel, sans conduite, à son rythme.",
            person_words: "« Ils n’ont pas cherché. Onze ans, et on me dit au revoir par lettre. Après, je veux bien \
                           faire autre chose, mais pas rester à rien faire. »",
            needs: &[
                (
                    "Être accompagné dans la procédure de licenciement pour inaptitude (recherche de reclassement, \
                     indemnités)",
                    Some("1.3.3.2"),
                ),
                (
                    "Construire un projet professionnel compatible avec ses capacités, avec Cap emploi ou un \
                     dispositif d’emploi accompagné",
                    Some("1.3.3.2"),
                ),
                ("Faire un bilan neuropsychologique avant toute formation (fatigue, attention)", Some("1.3.3.3")),
            ],
            resources: "RQTH obtenue. Représentant du personnel qui connaît bien M. R. Savoir-faire manuel et goût \
                        du travail en équipe.",
            risks: "Sentiment d’injustice et repli. Période sans revenu entre la fin des indemnités journalières et \
                    l’ouverture d’autres droits.",
            priority: (High, High),
            source: "Entretien au domicile, avis du médecin du travail transmis par M. R.",
            co_built: true,
        },
        Draft {
            domain: "logement",
            days: 20,
            situation: "Le FSL a accordé une subvention de 1 100 € ; le reste de la dette fait l’objet d’un plan \
                        d’apurement de 60 € par mois, signé et respecté depuis deux mois. La procédure est \
                        suspendue. La demande de mutation est enregistrée : le bailleur étudiera un rez-de-chaussée \
                        dans le même quartier, sans délai garanti. L’ergothérapeute a préconisé une douche de \
                        plain-pied, que le bailleur accepte d’installer si M. R. reste dans l’appartement.",
            person_words: "« Je respire. Déménager, je ne sais pas : ici, ma sœur n’est pas loin, j’ai mes \
                           habitudes. Si on me fait la douche, je reste peut-être. »",
            needs: &[
                (
                    "Choisir entre l’adaptation du logement actuel et une mutation, avec l’appui de l’ergothérapeute",
                    Some("1.3.2.1"),
                ),
                ("Tenir le plan d’apurement jusqu’à son terme", Some("1.3.5.1")),
            ],
            resources: "Bailleur engagé dans l’adaptation du logement. Budget stabilisé. M. R. participe aux \
                        échanges et pose ses propres questions.",
            risks: "Nouvel impayé au moment où les indemnités journalières laisseront place à d’autres ressources, \
                    qui relancerait la procédure d’expulsion suspendue. Attente longue d’une mutation.",
            priority: (Medium, Medium),
            source: "Appel au bailleur social, puis entretien au domicile",
            co_built: true,
        },
    ];
    DemoSituation { person, entries: build_all(&drafts, today) }
}

/// Léo, 15 ans, autiste et déscolarisé: the rich young person's situation, every domain explored.
fn leo(today: NaiveDate) -> DemoSituation {
    let person = Who {
        pseudonym: "Léo, 15 ans",
        birth_year: Some(today.year() - 15),
        age_band: None,
        dispositif: "PCPE",
        referral_days: 75,
        referral_source: "MDPH, dans le cadre d’un plan d’accompagnement global (PAG)",
        status: PersonStatus::Active,
        consent_days: Some(68),
        consent_scope: "Information de Léo et de ses parents, titulaires de l’autorité parentale, sur \
                        l’accompagnement PCPE. Accord des parents pour le partage d’informations avec la MDPH, le \
                        collège (enseignant référent), le pédopsychiatre et le SESSAD dès l’admission. Léo a donné \
                        son avis et souhaite être présent aux réunions qui le concernent.",
        last_contact_days: 6,
    }
    .build(today);
    let drafts = [
        Draft {
            domain: "scolarite",
            days: 64,
            situation: "Léo est inscrit en troisième mais ne va plus au collège depuis cinq mois. Après plusieurs \
                        crises en classe (cris, table renversée, sortie de l’établissement sans autorisation), il a \
                        été exclu trois jours, puis ses parents ont cessé de l’y conduire. Il a un PPS ; la demande \
                        d’AESH a été refusée par la CDAPH et les parents ont formé un recours administratif \
                        préalable. Aucune équipe de suivi de la scolarisation ne s’est réunie depuis. Il travaille \
                        seul, sans programme, les mathématiques qu’il aime.",
            person_words: "Léo : « Au collège, il y a trop de bruit, la sonnerie me fait mal. Je veux bien \
                           apprendre, mais pas là-bas. » Sa mère : « On nous a fait comprendre qu’il valait mieux \
                           qu’il reste à la maison. Mais à la maison, il n’apprend rien. »",
            needs: &[
                (
                    "Reprendre une scolarité progressive, dans un cadre supportable sur le plan sensoriel",
                    Some("1.3.3.1"),
                ),
                ("Réunir l’équipe de suivi de la scolarisation et actualiser le PPS", Some("1.3.3.1")),
                ("Soutenir le recours contre le refus d’AESH", Some("1.3.1.1")),
            ],
            resources: "Bon niveau en mathématiques, excellente mémoire. Enseignant référent disponible. Principale \
                        du collège ouverte à une reprise progressive. Parents très investis.",
            risks: "Déscolarisation durable, sans diplôme national du brevet ni orientation. Repli de Léo sur les \
                    écrans.",
            priority: (Medium, High),
            source: "Entretien au domicile avec Léo et ses parents, puis échange avec l’enseignant référent",
            co_built: true,
        },
        Draft {
            domain: "sante",
            days: 62,
            situation: "Trouble du spectre de l’autisme diagnostiqué à six ans par le centre ressources autisme, \
                        sans trouble du développement intellectuel. Hypersensibilité auditive importante. Suivi par \
                        un pédopsychiatre libéral tous les deux mois ; le suivi au CMP s’est interrompu il y a deux \
                        ans. Endormissement vers trois heures du matin malgré la mélatonine. Soins dentaires en \
                        retard : deux rendez-vous ont échoué, Léo ne supporte pas le bruit de la fraise.",
            person_words: "Léo : « Le dentiste, non. Le bruit, c’est comme si on me perçait la tête. » Sa mère : \
                           « Il ne dort pas, donc nous non plus. »",
            needs: &[
                ("Retrouver un rythme de sommeil", Some("1.1.1")),
                (
                    "Accéder à des soins bucco-dentaires adaptés (cabinet formé à l’accueil des personnes autistes)",
                    Some("1.1.4"),
                ),
                ("Protections auditives et aménagements sensoriels au quotidien", Some("1.1.2")),
            ],
            resources: "Pédopsychiatre qui connaît Léo depuis longtemps. Léo accepte le casque antibruit. Un réseau \
                        de soins bucco-dentaires spécifiques existe sur le territoire.",
            risks: "Douleur dentaire non exprimée, qui peut déclencher des crises. Épuisement familial lié au \
                    manque de sommeil.",
            priority: (Low, High),
            source: "Entretien au domicile, courrier du pédopsychiatre transmis par les parents",
            co_built: true,
        },
        Draft {
            domain: "vie-sociale",
            days: 60,
            situation: "Léo vit avec ses parents et sa sœur de 11 ans. Sa mère, aide-soignante, s’est mise en \
                        disponibilité il y a quatre mois pour rester avec lui ; son père travaille en horaires \
                        postés. Les parents disent dormir quatre à cinq heures par nuit et ne plus sortir ensemble \
                        depuis un an. La sœur de Léo se fait discrète et passe ses week-ends chez une amie. Léo n’a \
                        pas d’amis en dehors des jeux en ligne.",
            person_words: "Léo : « J’ai des amis, sur le serveur. Ils me comprennent mieux que ceux du collège. » \
                           Son père : « On tient, mais on ne sait pas combien de temps. » Sa mère : « Sa sœur, on \
                           ne la voit plus, et je culpabilise. »",
            needs: &[
                ("Répit pour les parents (accueil temporaire, séjours de répit, relais à domicile)", None),
                ("Soutien à la parentalité : guidance parentale spécifique à l’autisme", Some("1.3.3.4")),
                ("Espace d’écoute pour la sœur de Léo (groupe fratrie)", None),
                ("Rencontrer des jeunes de son âge autour de ses centres d’intérêt", Some("1.3.4.1")),
            ],
            resources: "Couple parental soudé ; grands-parents maternels disponibles ponctuellement. Léo est \
                        attaché à sa sœur. Centres d’intérêt forts : cartes, réseaux de transport, jeux de \
                        construction.",
            risks: "Épuisement parental, rupture du couple ou hospitalisation d’un parent. Souffrance de la sœur \
                    passée inaperçue.",
            priority: (Low, High),
            source: "Entretien au domicile avec les parents, puis avec Léo seul",
            co_built: true,
        },
        Draft {
            domain: "droits",
            days: 58,
            situation: "Droits notifiés : AEEH de base, PPS, orientation en SESSAD (liste d’attente annoncée de \
                        dix-huit mois). Le refus d’AESH est contesté par un recours déposé il y a six semaines. Aucun \
                        complément d’AEEH n’a été demandé alors que la mère a cessé son activité. La MDPH a ouvert \
                        un PAG : le groupe opérationnel de synthèse a désigné le PCPE en attendant le SESSAD.",
            person_words: "Sa mère : « On a rempli des dossiers pendant des années. On ne sait plus ce qu’on a, ce \
                           qu’on attend, ni à qui demander. » Léo : « Je ne veux pas qu’on parle de moi sans moi. »",
            needs: &[
                (
                    "Faire le point sur les droits ouverts et les demandes en cours, avec un calendrier partagé",
                    Some("1.3.1.1"),
                ),
                ("Demander le complément d’AEEH lié à la cessation d’activité de la mère", Some("1.3.5.1")),
                ("Associer Léo aux réunions qui le concernent", None),
            ],
            resources: "PAG actif, groupe opérationnel de synthèse réuni tous les trois mois. Parents qui conservent \
                        tous les documents. Léo sait exprimer ses choix.",
            risks: "Non-recours et perte de droits. Absence de solution durable si le SESSAD tarde.",
            priority: (Medium, Medium),
            source: "Entretien au domicile, notifications MDPH présentées par les parents",
            co_built: true,
        },
        Draft {
            domain: "autonomie",
            days: 55,
            situation: "Léo s’habille seul et prépare des repas simples (pâtes, œufs). Il refuse souvent la douche \
                        (sensation de l’eau, bruit) et a besoin de rappels pour l’hygiène. Il gère un peu d’argent \
                        de poche mais ne fait pas d’achats seul en magasin. Les changements imprévus dans la journée \
                        provoquent des crises ; un planning visuel a été essayé puis abandonné.",
            person_words: "Léo : « La douche, je la prends quand je veux. Et je sais faire à manger, mieux que ma \
                           sœur. »",
            needs: &[
                ("Hygiène personnelle : trouver des aménagements sensoriels acceptables", Some("1.2.1.1")),
                ("Anticiper les changements : un emploi du temps visuel choisi avec Léo", Some("1.3.3.3")),
                ("Faire des achats seul dans un commerce de proximité", Some("1.2.1.2")),
            ],
            resources: "Compétences domestiques réelles. Léo tient aux routines et les respecte quand il les a \
                        choisies.",
            risks: "Conflits quotidiens autour de l’hygiène, qui entretiennent la tension familiale.",
            priority: (Low, Medium),
            source: "Visite à domicile",
            co_built: true,
        },
        Draft {
            domain: "securite",
            days: 52,
            situation: "Les crises surviennent deux à trois fois par semaine, surtout le soir : Léo crie, frappe les \
                        murs, a cassé une porte. Il y a trois semaines, il a bousculé sa mère, qui est tombée ; le \
                        SAMU a été appelé et Léo a passé la nuit aux urgences pédiatriques. En ligne, un adulte \
                        inconnu lui a demandé des photos et son adresse ; Léo en a parlé à son père.",
            person_words: "Léo : « Quand ça monte, je ne peux pas l’arrêter. Après, je m’en veux. » Son père : « On \
                           a eu peur pour lui et pour sa mère. »",
            needs: &[
                (
                    "Élaborer un plan de crise partagé avec la famille et le pédopsychiatre (signes d’alerte, \
                     conduite à tenir, personnes à appeler)",
                    Some("1.2.1.4"),
                ),
                ("Apprendre à se protéger en ligne (données personnelles, contacts inconnus)", Some("1.2.1.4")),
            ],
            resources: "Léo a parlé spontanément du contact en ligne : la confiance avec son père est réelle. Le \
                        pédopsychiatre accepte de travailler un plan de crise.",
            risks: "Blessure de Léo ou d’un membre de la famille. Hospitalisation en urgence non préparée. \
                    Exposition à un adulte malveillant en ligne.",
            priority: (Medium, High),
            source: "Entretien avec les parents, puis avec Léo seul",
            co_built: true,
        },
        Draft {
            domain: "mobilite",
            days: 50,
            situation: "Léo connaît par cœur le plan du réseau de bus et de tramway de l’agglomération, mais ne le \
                        prend jamais seul : la foule et le bruit déclenchent une forte anxiété. Sa mère le conduit \
                        partout en voiture. Il fait du vélo seul dans le quartier, sans difficulté.",
            person_words: "Léo : « Je connais toutes les lignes, même les horaires du dimanche. Mais dedans, il y a \
                           trop de monde et les gens me regardent. »",
            needs: &[(
                "Apprendre un trajet en transport en commun, aux heures creuses, avec un accompagnement progressif",
                Some("1.3.4.2"),
            )],
            resources: "Connaissance remarquable du réseau, qui motive cet apprentissage. Vélo maîtrisé.",
            risks: "Dépendance totale aux trajets en voiture avec sa mère, qui empêche celle-ci de reprendre une \
                    activité.",
            priority: (Medium, Low),
            source: "Entretien au domicile",
            co_built: true,
        },
        Draft {
            domain: "logement",
            days: 48,
            situation: "La famille est propriétaire d’une maison avec jardin, avec un crédit en cours. Léo a \
                        aménagé sa chambre en espace calme (lumière tamisée, rideaux occultants). La porte, cassée \
                        lors d’une crise, n’est pas réparée. Les voisins se sont plaints du bruit à deux reprises.",
            person_words: "Léo : « Ma chambre, c’est le seul endroit où on me laisse tranquille. Il faut juste \
                           réparer la porte. »",
            needs: &[("Réparer et sécuriser la chambre, lieu d’apaisement de Léo", None)],
            resources: "Maison spacieuse ; le jardin permet à Léo de se dépenser. Père bricoleur.",
            risks: "Tensions avec le voisinage. Remboursement du crédit fragilisé par la baisse des revenus.",
            priority: (Medium, Low),
            source: "Visite à domicile",
            co_built: true,
        },
        Draft {
            domain: "ressources",
            days: 47,
            situation: "Depuis la mise en disponibilité de la mère, le revenu du foyer a baissé d’environ 1 500 € \
                        par mois. La famille perçoit l’AEEH de base et les allocations familiales de la CAF. Les \
                        séances de psychologue et d’ergothérapeute en libéral, non remboursées, coûtaient près de \
                        200 € par mois ; le PCPE les finance pendant l’accompagnement. Le remboursement du crédit \
                        immobilier devient difficile.",
            person_words: "Sa mère : « J’ai arrêté de travailler parce qu’il n’y avait pas d’autre solution. On n’a \
                           jamais rien demandé, mais là, on n’y arrive plus. » Léo ne souhaite pas s’exprimer sur ce \
                           sujet.",
            needs: &[
                ("Demander le complément d’AEEH ou comparer avec la PCH", Some("1.3.5.1")),
                ("Établir un budget familial et prévenir les impayés du crédit", None),
            ],
            resources: "Salaire du père stable. Famille sans dette jusqu’ici. Séances libérales financées par le \
                        PCPE.",
            risks: "Impayés du crédit immobilier. Reprise du travail de la mère impossible sans solution pour Léo, \
                    ce qui prolonge la baisse de revenus.",
            priority: (Low, Medium),
            source: "Entretien avec les parents",
            co_built: false,
        },
        Draft {
            domain: "emploi",
            days: 45,
            situation: "Léo n’a pas fait son stage d’observation de troisième. Il parle d’un métier dans les \
                        transports ou la cartographie. Aucune démarche d’orientation n’a été engagée, faute de lien \
                        avec le collège. Sa mère souhaite reprendre son poste quand Léo aura une solution stable.",
            person_words: "Léo : « Je veux faire les plans des lignes de bus, ou les horaires. Pas conducteur, il y \
                           a les gens. »",
            needs: &[
                ("Découvrir des métiers liés à ses centres d’intérêt (stage d’observation aménagé)", Some("1.3.3.2")),
                (
                    "Construire une orientation après la troisième avec le psychologue de l’Éducation nationale",
                    Some("1.3.3.3"),
                ),
            ],
            resources: "Projet exprimé clairement ; centres d’intérêt stables depuis l’enfance ; goût pour la \
                        logique.",
            risks: "Orientation par défaut faute de scolarité. Report indéfini de la reprise d’emploi de la mère.",
            priority: (Medium, Low),
            source: "Entretien avec Léo",
            co_built: true,
        },
        Draft {
            domain: "securite",
            days: 18,
            situation: "Un plan de crise a été écrit avec Léo : signes d’alerte (il se bouche les oreilles, tourne \
                        en rond), retrait dans sa chambre avec son casque, pas de discussion pendant la crise, appel \
                        au pédopsychiatre, ou au 15 en cas de danger. Les crises sont passées à une par semaine \
                        environ. Le compte de jeu a été paramétré avec Léo (messages privés fermés aux inconnus) et \
                        le contact malveillant a été signalé.",
            person_words: "Léo : « Le plan, c’est moi qui l’ai écrit. Quand je mets le casque, ils savent qu’il \
                           faut me laisser. »",
            needs: &[(
                "Faire vivre le plan de crise et le partager avec le collège et l’accueil temporaire",
                Some("1.2.1.4"),
            )],
            resources: "Plan rédigé par Léo, affiché dans sa chambre. Pédopsychiatre joignable.",
            risks: "Crise hors de la maison, là où le plan n’est pas connu.",
            priority: (Medium, Medium),
            source: "Réunion avec Léo, ses parents et le pédopsychiatre (téléconsultation)",
            co_built: true,
        },
        Draft {
            domain: "scolarite",
            days: 14,
            situation: "L’équipe de suivi de la scolarisation s’est réunie : Léo a repris le collège deux matinées \
                        par semaine, dans une salle calme, en arrivant après la sonnerie et en partant avant la \
                        récréation. Les autres matières passent par le CNED en scolarité réglementée, à la maison. \
                        Le recours a abouti : une AESH mutualisée est notifiée, mais pas encore recrutée. Léo a \
                        assisté à toute la réunion et a présenté lui-même ses besoins avec une fiche préparée avec \
                        l’ergothérapeute.",
            person_words: "Léo : « Le matin, ça va, quand il n’y a pas la sonnerie. Je veux rester dans la petite \
                           salle. » Sa mère : « C’est la première fois depuis des mois qu’on sort d’une réunion avec \
                           un plan. »",
            needs: &[
                ("Stabiliser la reprise à temps partiel puis l’élargir, au rythme de Léo", Some("1.3.3.1")),
                ("Obtenir le recrutement effectif de l’AESH", Some("1.3.1.1")),
                ("Préparer le brevet avec des aménagements d’examen", Some("1.3.3.1")),
            ],
            resources: "Équipe du collège mobilisée, enseignant référent présent. Léo fier d’avoir pris la parole. \
                        Aménagements sensoriels acceptés par les enseignants.",
            risks: "Retour des crises en cas de changement brusque (enseignant remplacé, exercice d’alerte \
                    incendie). AESH non recrutée faute de candidats.",
            priority: (High, High),
            source: "Équipe de suivi de la scolarisation au collège, avec Léo, ses parents, l’enseignant référent et \
                     le PCPE",
            co_built: true,
        },
        Draft {
            domain: "vie-sociale",
            days: 10,
            situation: "Un premier week-end de répit a eu lieu dans un accueil temporaire pour adolescents autistes : \
                        Léo y a passé deux nuits, avec un retour difficile mais sans crise majeure. Ses parents sont \
                        partis deux jours, pour la première fois depuis trois ans. Sa sœur a participé à une \
                        première séance d’un groupe fratrie. Les parents ont commencé un programme de guidance \
                        parentale en six séances.",
            person_words: "Léo : « Là-bas, c’était bien, sauf la cantine. J’y retourne si je garde mon casque. » Sa \
                           mère : « On a dormi. Juste dormi. Ça a tout changé. »",
            needs: &[
                ("Répit régulier : un week-end par mois en accueil temporaire", None),
                ("Poursuivre la guidance parentale", Some("1.3.3.4")),
                (
                    "Rencontrer des jeunes de son âge (groupe d’habiletés sociales, club d’informatique)",
                    Some("1.2.1.2"),
                ),
            ],
            resources: "Premier répit réussi ; parents plus disponibles. Léo accepte d’y retourner, à ses \
                        conditions.",
            risks: "Places d’accueil temporaire rares, sans régularité garantie. Retour de l’épuisement si le répit \
                    reste ponctuel.",
            priority: (Low, Medium),
            source: "Entretien au domicile avec Léo et ses parents",
            co_built: true,
        },
    ];
    DemoSituation { person, entries: build_all(&drafts, today) }
}

/// Mme D., 78 ans, troubles cognitifs débutants: accompaniment paused during a respite stay.
fn madame_d(today: NaiveDate) -> DemoSituation {
    let person = Who {
        pseudonym: "Mme D.",
        birth_year: None,
        age_band: Some(AgeBand::From75),
        dispositif: "CCAS",
        referral_days: 130,
        referral_source: "Médecin traitant, à la demande de la fille de Mme D.",
        status: PersonStatus::Paused,
        consent_days: Some(121),
        consent_scope: "Information de Mme D. sur l’accompagnement du CCAS, en présence de sa fille. Accord pour \
                        échanger avec le médecin traitant, la consultation mémoire et le service d’aide à domicile.",
        last_contact_days: 19,
    }
    .build(today);
    let drafts = [
        Draft {
            domain: "sante",
            days: 118,
            situation: "Troubles cognitifs débutants évoquant une maladie d’Alzheimer, diagnostiqués en \
                        consultation mémoire il y a trois mois. Mme D. oublie des rendez-vous et des prises de \
                        médicaments : certains jours, le pilulier est retrouvé plein. Hypertension traitée. Elle a \
                        perdu trois kilos en six mois.",
            person_words: "« Je perds un peu la tête, c’est l’âge. Mais je me soigne toute seule depuis toujours. »",
            needs: &[
                ("Sécuriser la prise des médicaments (passage infirmier, pilulier préparé)", Some("1.1.10")),
                ("Surveiller le poids et l’alimentation", Some("1.1.6")),
            ],
            resources: "Médecin traitant attentif. Mme D. accepte le passage d’une infirmière « si elle est \
                        gentille ».",
            risks: "Erreurs de traitement, dénutrition, hospitalisation en urgence.",
            priority: (Low, High),
            source: "Visite à domicile avec sa fille ; compte rendu de la consultation mémoire transmis par le \
                     médecin traitant",
            co_built: true,
        },
        Draft {
            domain: "autonomie",
            days: 118,
            situation: "Mme D. vit seule dans sa maison depuis le décès de son mari. Elle fait sa toilette seule \
                        mais garde les mêmes vêtements plusieurs jours. Sa fille fait les courses le samedi ; le \
                        réfrigérateur contient des produits périmés. Elle a oublié une casserole sur le feu à deux \
                        reprises.",
            person_words: "« Je suis chez moi, je fais comme je veux. Ma fille s’inquiète pour rien. »",
            needs: &[
                ("Aide à domicile pour les repas, les courses et le linge", Some("1.3.2.2")),
                ("Repères dans le temps : agenda, calendrier, accueil de jour", Some("1.1.1")),
            ],
            resources: "Maison de plain-pied, qu’elle connaît par cœur. Mme D. reste très sociable avec les \
                        intervenants.",
            risks: "Incendie domestique, dénutrition, entrée en EHPAD en urgence.",
            priority: (Low, High),
            source: "Visite à domicile avec sa fille",
            co_built: true,
        },
        Draft {
            domain: "vie-sociale",
            days: 110,
            situation: "La fille unique de Mme D., salariée, habite à vingt minutes. Elle passe chaque soir et \
                        appelle trois fois par jour ; elle dit ne plus dormir et a été arrêtée une semaine pour \
                        épuisement. Mme D. allait au club des aînés de la commune jusqu’à l’an dernier.",
            person_words: "« Ma fille, je lui dis de vivre sa vie. Le club, ils ne parlent que de leurs maladies. »",
            needs: &[
                ("Soutien et répit pour sa fille, aidante : plateforme de répit, hébergement temporaire", None),
                ("Garder des relations choisies (accueil de jour, visites d’une bénévole)", Some("1.3.4.1")),
            ],
            resources: "Relation mère-fille affectueuse. Plateforme d’accompagnement et de répit du territoire qui \
                        connaît la situation.",
            risks: "Épuisement de sa fille et arrêt brutal de son aide.",
            priority: (Low, High),
            source: "Entretien avec la fille de Mme D., puis avec Mme D. seule",
            co_built: true,
        },
        Draft {
            domain: "securite",
            days: 88,
            situation: "Un démarcheur a fait signer à Mme D. un devis de travaux d’isolation de 9 000 € ; sa fille \
                        a exercé le droit de rétractation à temps. Mme D. ouvre la porte à tout le monde. L’APA a \
                        été accordée (aide à domicile cinq heures par semaine). Une habilitation familiale au profit \
                        de sa fille est envisagée avec le médecin traitant ; Mme D. n’y est pas opposée.",
            person_words: "« Ce monsieur était très poli. Si c’est ma fille qui s’occupe des papiers, je veux bien, \
                           mais personne d’autre. »",
            needs: &[
                (
                    "Mesure de protection adaptée : habilitation familiale, certificat d’un médecin inscrit sur la \
                     liste du procureur",
                    Some("1.2.1.4"),
                ),
                ("Téléassistance et sécurisation du domicile (coupe-gaz, détecteur de fumée)", Some("1.2.1.4")),
            ],
            resources: "Fille prête à exercer l’habilitation familiale. APA accordée. Aide à domicile de confiance.",
            risks: "Abus de faiblesse, spoliation financière, accident domestique.",
            priority: (Medium, High),
            source: "Réunion de concertation (médecin traitant, service d’aide à domicile, fille de Mme D.)",
            co_built: false,
        },
        Draft {
            domain: "vie-sociale",
            days: 22,
            situation: "Mme D. est accueillie depuis une semaine en hébergement temporaire en EHPAD, pour six \
                        semaines, le temps que sa fille se repose et soit opérée. Elle a donné son accord après \
                        avoir visité l’établissement. L’accompagnement du CCAS est suspendu pendant le séjour ; il \
                        reprendra au retour à domicile, avec un essai d’accueil de jour.",
            person_words: "« C’est comme un hôtel. Mais je rentre chez moi après, hein ? C’est promis. »",
            needs: &[
                ("Préparer le retour à domicile et l’essai d’accueil de jour", Some("1.3.4.1")),
                ("Répit régulier pour sa fille après le séjour", None),
            ],
            resources: "Séjour bien accepté ; équipe de l’EHPAD informée du projet de retour. Sa fille envisage \
                        l’accueil de jour deux fois par semaine.",
            risks: "Désorientation au retour. Pression de l’entourage pour une entrée définitive en EHPAD contre \
                    l’avis de Mme D.",
            priority: (High, Medium),
            source: "Visite à l’EHPAD avec Mme D. et sa fille",
            co_built: true,
        },
    ];
    DemoSituation { person, entries: build_all(&drafts, today) }
}

/// Inès, 19 ans, contrat jeune majeur: no written consent recorded yet.
fn ines(today: NaiveDate) -> DemoSituation {
    let person = Who {
        pseudonym: "Inès, 19 ans",
        birth_year: Some(today.year() - 19),
        age_band: None,
        dispositif: "ASE",
        referral_days: 48,
        referral_source: "Éducatrice référente ASE (contrat jeune majeur)",
        status: PersonStatus::Active,
        consent_days: None,
        consent_scope: "Information orale donnée au premier rendez-vous. Inès souhaite en parler avec son \
                        éducatrice avant de donner son accord écrit : à recueillir au prochain entretien.",
        last_contact_days: 12,
    }
    .build(today);
    let drafts = [
        Draft {
            domain: "logement",
            days: 40,
            situation: "Inès a été confiée à l’ASE à 12 ans, en famille d’accueil puis en maison d’enfants. Depuis \
                        sa majorité, elle bénéficie d’un contrat jeune majeur et vit dans un studio en foyer de \
                        jeunes travailleurs financé par l’ASE. Le contrat prend fin dans sept mois ; aucune \
                        solution de logement n’est prévue à l’issue.",
            person_words: "« Ce que je veux, c’est un appart à moi, pas encore un foyer. Mais j’ai peur de me \
                           retrouver dehors à la fin du contrat. »",
            needs: &[
                ("Préparer la sortie du foyer : demande de logement social, garantie locative", Some("1.3.2.1")),
                ("Apprendre à gérer un logement (entretien, factures, assurance)", Some("1.3.2.2")),
            ],
            resources: "Éducatrice ASE présente jusqu’à la fin du contrat. Inès tient son studio et paie sa \
                        redevance.",
            risks: "Sortie de l’ASE sans logement ; retour chez sa mère, avec qui les relations sont \
                    conflictuelles.",
            priority: (High, High),
            source: "Entretien au service avec Inès et son éducatrice ASE",
            co_built: true,
        },
        Draft {
            domain: "sante",
            days: 40,
            situation: "Inès est suivie au CMP pour un trouble anxio-dépressif : une psychiatre tous les mois, une \
                        infirmière tous les quinze jours. Elle a été hospitalisée en psychiatrie il y a un an après \
                        une tentative de suicide. Elle prend son traitement mais a manqué deux rendez-vous \
                        récemment, pendant une période d’examens.",
            person_words: "« Le CMP, j’y vais, mais je ne veux pas qu’on me voie comme une malade. Quand ça va mal, \
                           je m’enferme. »",
            needs: &[
                ("Maintenir le suivi au CMP pendant et après la fin du contrat jeune majeur", Some("1.1.10")),
                ("Repérer et prévenir les moments de crise avec l’équipe du CMP", Some("1.1.1")),
            ],
            resources: "Relation de confiance avec l’infirmière du CMP. Inès sait reconnaître quand elle va mal.",
            risks: "Rupture de suivi à la sortie de l’ASE, période à haut risque de rechute.",
            priority: (Medium, High),
            source: "Entretien au service, puis échange avec l’infirmière du CMP avec l’accord d’Inès",
            co_built: true,
        },
        Draft {
            domain: "ressources",
            days: 33,
            situation: "Inès perçoit une allocation mensuelle de l’ASE au titre du contrat jeune majeur et un \
                        salaire d’apprentie. Elle n’a jamais fait seule sa déclaration de revenus. Sa complémentaire \
                        santé solidaire arrive à échéance dans deux mois. Son compte est à découvert chaque fin de \
                        mois.",
            person_words: "« L’argent, je sais le gagner. C’est le garder, le problème. »",
            needs: &[
                ("Renouveler la complémentaire santé solidaire", Some("1.3.1.1")),
                ("Construire un budget pour l’après-contrat (APL, prime d’activité)", Some("1.3.5.1")),
            ],
            resources: "Salaire d’apprentissage régulier. Inès demande des outils concrets.",
            risks: "Perte de la couverture santé, endettement à la sortie du dispositif.",
            priority: (Medium, Medium),
            source: "Entretien au service",
            co_built: true,
        },
        Draft {
            domain: "emploi",
            days: 25,
            situation: "Inès prépare un CAP de cuisine en apprentissage, en deuxième année, dans un restaurant de \
                        la commune. Son maître d’apprentissage est satisfait de son travail mais signale des retards \
                        pendant les semaines difficiles. L’examen a lieu dans cinq mois.",
            person_words: "« En cuisine, je suis bien. On ne me pose pas de questions, on bosse. Je veux mon CAP, et \
                           après être embauchée. »",
            needs: &[
                ("Obtenir le CAP et préparer une embauche à l’issue", Some("1.3.3.2")),
                ("Concilier les rendez-vous de soins avec les horaires de travail et du CFA", None),
            ],
            resources: "Motivation forte pour un métier choisi. Maître d’apprentissage bienveillant.",
            risks: "Rupture du contrat d’apprentissage en cas de rechute ou de retards répétés.",
            priority: (High, Medium),
            source: "Entretien au service, puis échange avec le maître d’apprentissage avec l’accord d’Inès",
            co_built: true,
        },
    ];
    DemoSituation { person, entries: build_all(&drafts, today) }
}

/// M. K., troubles psychiques, logement précaire: no contact for more than 60 days, so flagged.
fn monsieur_k(today: NaiveDate) -> DemoSituation {
    let person = Who {
        pseudonym: "M. K.",
        birth_year: None,
        age_band: Some(AgeBand::From26To44),
        dispositif: "SAVS",
        referral_days: 300,
        referral_source: "CMP du secteur de psychiatrie adulte",
        status: PersonStatus::Active,
        consent_days: Some(290),
        consent_scope: "Information sur l’accompagnement SAVS. Accord pour échanger avec le CMP et avec sa \
                        mandataire judiciaire ; refus du partage d’informations avec sa famille.",
        last_contact_days: 78,
    }
    .build(today);
    let drafts = [
        Draft {
            domain: "logement",
            days: 280,
            situation: "M. K. est hébergé depuis quatre mois chez un ami, sur un canapé, après une expulsion de son \
                        précédent logement pour impayés et troubles de voisinage. L’ami lui demande de partir d’ici \
                        la fin du mois. L’assistante sociale du CMP a déposé une demande au SIAO. M. K. refuse \
                        l’hébergement collectif.",
            person_words: "« Le foyer, non. Il y a du bruit, des vols, je ne dors pas. Je veux un petit studio, même \
                           loin. »",
            needs: &[
                (
                    "Accéder à un logement adapté (pension de famille, résidence accueil, intermédiation locative)",
                    Some("1.3.2.1"),
                ),
                ("Trouver un hébergement acceptable pour lui en attendant", None),
            ],
            resources: "Demande SIAO active. M. K. a occupé son précédent logement six ans sans difficulté avant sa \
                        décompensation.",
            risks: "Retour à la rue, rupture de soins, nouvelle décompensation.",
            priority: (High, High),
            source: "Entretien au CMP",
            co_built: true,
        },
        Draft {
            domain: "sante",
            days: 280,
            situation: "Schizophrénie diagnostiquée à 23 ans, stabilisée par un traitement injectable mensuel au \
                        CMP. Dernière hospitalisation il y a un an, après un arrêt du traitement. Tabagisme \
                        important. Pas de médecin traitant déclaré ; aucun bilan somatique depuis trois ans.",
            person_words: "« L’injection, je la fais, ça m’aide à dormir et à ne plus entendre. Un docteur pour le \
                           corps, je n’en ai pas besoin. »",
            needs: &[
                ("Maintenir le traitement et le lien avec le CMP", Some("1.1.1")),
                ("Déclarer un médecin traitant et faire un bilan de santé", Some("1.1.10")),
            ],
            resources: "Bonne adhésion au traitement injectable. Infirmier référent du CMP qui le suit depuis \
                        longtemps.",
            risks: "Arrêt du traitement en cas de perte d’hébergement. Problèmes somatiques non repérés.",
            priority: (Low, High),
            source: "Entretien au CMP avec l’infirmier référent, avec l’accord de M. K.",
            co_built: true,
        },
        Draft {
            domain: "securite",
            days: 260,
            situation: "M. K. est sous curatelle renforcée, exercée par une mandataire judiciaire d’un service \
                        associatif. Elle perçoit son AAH, paie ses charges et lui verse 60 € par semaine. M. K. \
                        dit que des connaissances lui prennent de l’argent le jour du versement.",
            person_words: "« La curatelle, je ne l’ai pas choisie, mais au moins le loyer sera payé. Les gars du \
                           quartier, je ne leur dois rien, ils me prennent quand même. »",
            needs: &[(
                "Se protéger des sollicitations financières (autre jour de versement, carte de retrait plafonnée)",
                Some("1.2.1.4"),
            )],
            resources: "Mandataire disponible et favorable au projet de logement.",
            risks: "Extorsion, violences, dettes contractées dans le quartier.",
            priority: (Medium, High),
            source: "Échange téléphonique avec la mandataire judiciaire, puis entretien avec M. K.",
            co_built: true,
        },
        Draft {
            domain: "logement",
            days: 80,
            situation: "Après deux semaines à la rue, M. K. est hébergé depuis deux mois en chambre d’hôtel par le \
                        SIAO. Une place en résidence accueil lui a été proposée ; il l’a visitée avec le SAVS et l’a \
                        acceptée. L’entrée dépend de la prochaine commission d’admission.",
            person_words: "« Là-bas, c’est calme, il y a un jardin. Si j’ai ma clé à moi, je veux bien les réunions \
                           du mardi. »",
            needs: &[
                (
                    "Entrer en résidence accueil et s’approprier le logement (ameublement, règles de vie)",
                    Some("1.3.2.1"),
                ),
                ("Demander une aide à l’installation au FSL", Some("1.3.5.1")),
            ],
            resources: "Place proposée, accord de M. K. et de sa mandataire. Hôte de la résidence accueil déjà \
                        rencontré.",
            risks: "Perte de la place si M. K. ne se présente pas à la commission ou reste injoignable.",
            priority: (High, High),
            source: "Visite de la résidence accueil avec M. K.",
            co_built: true,
        },
    ];
    DemoSituation { person, entries: build_all(&drafts, today) }
}

/// Nathan, 9 ans, PAG en attente de place en IME: closed once the admission was made.
fn nathan(today: NaiveDate) -> DemoSituation {
    let person = Who {
        pseudonym: "Nathan, 9 ans",
        birth_year: Some(today.year() - 9),
        age_band: None,
        dispositif: "PAG-MDPH",
        referral_days: 330,
        referral_source: "MDPH (dispositif d’orientation permanent), à la demande des parents",
        status: PersonStatus::Closed,
        consent_days: Some(322),
        consent_scope: "Information des parents sur le plan d’accompagnement global. Accord pour le partage \
                        d’informations avec l’école, le SESSAD, l’IME et le pédiatre.",
        last_contact_days: 35,
    }
    .build(today);
    let drafts = [
        Draft {
            domain: "scolarite",
            days: 315,
            situation: "Nathan présente un trouble du développement intellectuel avec des troubles du \
                        comportement. Orienté en IME par la CDAPH il y a un an, il n’a pas de place. Il est \
                        scolarisé deux heures par jour en CE1 avec une AESH, faute d’autre solution ; l’école \
                        demande de réduire encore son temps de présence.",
            person_words: "Nathan : « J’aime la maîtresse, et les puzzles. » Son père : « Deux heures par jour, ce \
                           n’est pas une école, c’est une garderie. Et encore. »",
            needs: &[
                (
                    "Accéder à une solution adaptée : admission en IME ou, en attendant, intervention d’un SESSAD à \
                     l’école",
                    Some("1.3.3.1"),
                ),
                ("Apprentissages de base (langage, repères dans la journée)", Some("1.3.3.3")),
            ],
            resources: "AESH formée et attachée à Nathan. Enseignante volontaire. Parents mobilisés.",
            risks: "Déscolarisation complète ; sa mère contrainte de cesser son emploi.",
            priority: (High, High),
            source: "Entretien au domicile avec les parents, puis échange avec l’enseignante",
            co_built: true,
        },
        Draft {
            domain: "vie-sociale",
            days: 310,
            situation: "Nathan vit avec ses deux parents ; sa mère est passée à mi-temps. Aucun mode de garde \
                        n’accepte Nathan les après-midi. Ses grands-parents paternels le gardent le mercredi.",
            person_words: "Sa mère : « On ne fait plus rien en famille, on se relaie. »",
            needs: &[
                ("Accueil de loisirs adapté les après-midi et le mercredi", Some("1.3.4.1")),
                ("Répit pour les parents", None),
            ],
            resources: "Grands-parents présents. L’accueil de loisirs de la commune est prêt à recevoir Nathan avec \
                        un animateur supplémentaire.",
            risks: "Épuisement des parents, perte d’emploi de la mère.",
            priority: (Medium, High),
            source: "Entretien au domicile",
            co_built: true,
        },
        Draft {
            domain: "sante",
            days: 300,
            situation: "Suivi par un pédiatre et une orthophoniste en libéral. Épilepsie stabilisée sous \
                        traitement. Troubles du sommeil.",
            person_words: "Son père : « Depuis le traitement, plus de crises d’épilepsie. C’est le comportement qui \
                           nous épuise. »",
            needs: &[
                ("Suivi de l’épilepsie et du sommeil", Some("1.1.1")),
                ("Poursuivre l’orthophonie", Some("1.1.4")),
            ],
            resources: "Pédiatre qui coordonne les soins. Orthophoniste engagée.",
            risks: "Interruption de l’orthophonie au moment de l’entrée en IME.",
            priority: (Low, Medium),
            source: "Compte rendu du pédiatre transmis par les parents",
            co_built: false,
        },
        Draft {
            domain: "scolarite",
            days: 40,
            situation: "Nathan est admis à l’IME depuis trois semaines, dans l’unité d’enseignement interne, avec \
                        un retour chaque soir au domicile. L’adaptation se passe bien. Le PAG a atteint son \
                        objectif : la fin de l’accompagnement est décidée avec les parents, l’éducatrice référente \
                        de l’IME prend le relais.",
            person_words: "Nathan : « Il y a un bus qui vient me chercher ! » Sa mère : « Il a enfin une vraie \
                           journée d’école. »",
            needs: &[("Accompagner l’adaptation à l’IME et la continuité de l’orthophonie", Some("1.3.3.1"))],
            resources: "Lien régulier entre l’IME et les parents. Transport assuré par l’IME.",
            risks: "Aucun risque de rupture repéré à la clôture ; les parents savent qui contacter.",
            priority: (High, Medium),
            source: "Réunion d’admission à l’IME, en présence des parents",
            co_built: true,
        },
    ];
    DemoSituation { person, entries: build_all(&drafts, today) }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use super::*;
    use crate::domain::alerts::NO_CONTACT_DAYS;
    use crate::domain::life_domain::default_domains;
    use crate::domain::nomenclature::is_need_code;
    use crate::domain::{diagnosis, person};

    fn fixed_today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    /// Several "todays", including a leap day and a new year, so that date arithmetic is exercised.
    fn todays() -> Vec<NaiveDate> {
        vec![fixed_today(), NaiveDate::from_ymd_opt(2028, 2, 29).unwrap(), NaiveDate::from_ymd_opt(2027, 1, 1).unwrap()]
    }

    fn keys() -> BTreeSet<String> {
        default_domains().into_iter().map(|d| d.key).collect()
    }

    /// Every free text of the demo, with where it comes from.
    fn texts(s: &DemoSituation) -> Vec<(String, &str)> {
        let p = &s.person;
        let mut out = vec![
            (format!("{} pseudonym", p.pseudonym), p.pseudonym.as_str()),
            (format!("{} dispositif", p.pseudonym), p.dispositif.as_str()),
            (format!("{} referral_source", p.pseudonym), p.referral_source.as_str()),
            (format!("{} consent_scope", p.pseudonym), p.consent_scope.as_str()),
        ];
        for e in &s.entries {
            let at = format!("{} / {}", p.pseudonym, e.domain);
            out.push((format!("{at} situation"), e.situation.as_str()));
            out.push((format!("{at} person_words"), e.person_words.as_str()));
            out.push((format!("{at} resources"), e.resources.as_str()));
            out.push((format!("{at} risks"), e.risks.as_str()));
            out.push((format!("{at} source"), e.source.as_str()));
            for n in &e.needs {
                out.push((format!("{at} need"), n.text.as_str()));
            }
        }
        out
    }

    #[test]
    fn every_entry_is_in_a_default_domain_with_known_codes() {
        let keys = keys();
        for s in situations(fixed_today()) {
            for e in &s.entries {
                assert!(keys.contains(&e.domain), "{}: unknown domain {}", s.person.pseudonym, e.domain);
                for n in &e.needs {
                    if let Some(code) = &n.serafin_code {
                        assert!(is_need_code(code), "{}: unknown SERAFIN-PH code {code}", s.person.pseudonym);
                    }
                }
            }
        }
    }

    #[test]
    fn the_two_rich_situations_cover_all_domains_with_some_history() {
        let all = situations(fixed_today());
        for s in &all[..2] {
            let covered: BTreeSet<String> = s.entries.iter().map(|e| e.domain.clone()).collect();
            assert_eq!(covered, keys(), "{}", s.person.pseudonym);
            let mut per_domain: BTreeMap<&str, usize> = BTreeMap::new();
            for e in &s.entries {
                *per_domain.entry(e.domain.as_str()).or_default() += 1;
            }
            assert!(per_domain.values().filter(|n| **n >= 2).count() >= 2, "{}", s.person.pseudonym);
            let coded = s.entries.iter().flat_map(|e| &e.needs).filter(|n| n.serafin_code.is_some()).count();
            let uncoded = s.entries.iter().flat_map(|e| &e.needs).filter(|n| n.serafin_code.is_none()).count();
            assert!(coded > 3 * uncoded && uncoded > 0, "{}", s.person.pseudonym);
            assert!(s.entries.iter().any(|e| e.priority_person != e.priority_referent));
        }
        for s in &all[2..] {
            let covered: BTreeSet<&str> = s.entries.iter().map(|e| e.domain.as_str()).collect();
            assert!((2..=5).contains(&covered.len()), "{}", s.person.pseudonym);
        }
    }

    #[test]
    fn every_entry_and_person_validates_and_no_date_is_in_the_future() {
        for today in todays() {
            for s in situations(today) {
                let p = &s.person;
                assert_eq!(person::validate(p, today), vec![], "{}", p.pseudonym);
                assert!(p.fictitious && !p.archived && p.id == 0);
                let referral = p.referral_date.expect("referral date");
                let last_contact = p.last_contact.expect("last contact");
                for d in [Some(referral), p.consent_date, Some(last_contact)].into_iter().flatten() {
                    assert!(d <= today, "{}", p.pseudonym);
                }
                if let Some(consent) = p.consent_date {
                    assert!(referral <= consent, "{}", p.pseudonym);
                }
                let mut previous = referral;
                for e in &s.entries {
                    assert_eq!(diagnosis::validate(e, today, is_need_code), vec![], "{} {}", p.pseudonym, e.domain);
                    assert_eq!((e.id, e.revision, e.person_id), (0, 0, 0));
                    assert!(e.date <= today && e.date <= last_contact, "{} {}", p.pseudonym, e.domain);
                    assert!(e.date >= previous, "{} {}: entries out of order", p.pseudonym, e.domain);
                    previous = e.date;
                }
            }
        }
    }

    #[test]
    fn the_file_active_is_varied() {
        let today = fixed_today();
        let all = situations(today);
        assert!((5..=6).contains(&all.len()));
        let pseudonyms: BTreeSet<&str> = all.iter().map(|s| s.person.pseudonym.as_str()).collect();
        assert_eq!(pseudonyms.len(), all.len(), "pseudonyms must be unique");
        let dispositifs: BTreeSet<&str> = all.iter().map(|s| s.person.dispositif.as_str()).collect();
        assert_eq!(dispositifs.len(), all.len());
        let statuses: BTreeSet<&str> = all.iter().map(|s| s.person.status.code()).collect();
        assert_eq!(statuses.len(), 3);
        assert!(all.iter().any(|s| s.person.consent_date.is_none()));
        let silent = all
            .iter()
            .filter(|s| s.person.last_contact.is_some_and(|d| (today - d).num_days() > NO_CONTACT_DAYS))
            .count();
        assert_eq!(silent, 1);
        assert_eq!(all[0].person.age(today), Some(52));
        assert_eq!(all[1].person.age(today), Some(15));
    }

    #[test]
    fn texts_are_anonymous_and_typographically_french() {
        for s in situations(fixed_today()) {
            for (at, text) in texts(&s) {
                super::super::assert_demo_text(&at, text);
            }
            for e in &s.entries {
                assert!(e.person_words.contains('«'), "{} {}: words not quoted", s.person.pseudonym, e.domain);
            }
        }
    }
}
