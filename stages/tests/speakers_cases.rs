//! The hard cases of issue 4 for the speakers stage, one test each, on hand-written text.

use stages::contract::{MentionForm, Speaker, SpeakerKind, Speakers};
use stages::segment::segment;
use stages::speakers::speakers;

fn run(text: &str) -> Speakers {
    let sp = speakers(text, &segment(text));
    for s in &sp.speakers {
        for m in &s.mentions {
            assert_eq!(m.span.slice(text), Some(m.text.as_str()));
        }
    }
    sp
}

fn person<'a>(sp: &'a Speakers, id: &str) -> &'a Speaker {
    sp.speakers.iter().find(|s| s.id == id).unwrap_or_else(|| panic!("no {id} in {:?}", ids(sp)))
}

fn ids(sp: &Speakers) -> Vec<&str> {
    sp.speakers.iter().map(|s| s.id.as_str()).collect()
}

fn forms(s: &Speaker) -> Vec<(&str, MentionForm)> {
    s.mentions.iter().map(|m| (m.text.as_str(), m.form)).collect()
}

#[test]
fn one_entry_per_person_with_every_mention_form() {
    let text = "Harbour Town Votes On The New Bridge\n\nMaria Lopez spoke at the council. Lopez said the cables were new. Maria smiled, and she left early.\n";
    let sp = run(text);
    assert_eq!(ids(&sp), ["maria-lopez"]);
    let p = person(&sp, "maria-lopez");
    assert_eq!(p.name, "Maria Lopez");
    assert_eq!(
        forms(p),
        [("Maria Lopez", MentionForm::Full), ("Lopez", MentionForm::Surname), ("Maria", MentionForm::First), ("she", MentionForm::Pronoun)]
    );
}

#[test]
fn full_name_only_in_headline_names_the_surname() {
    let text = "Maria Lopez Wins The Bridge Vote\n\nLopez said the cables were new.\n";
    let sp = run(text);
    let p = person(&sp, "maria-lopez");
    assert_eq!(forms(p), [("Maria Lopez", MentionForm::Full), ("Lopez", MentionForm::Surname)]);
}

#[test]
fn full_name_after_the_surname_is_the_same_person() {
    let text = "The Bridge Vote\n\nLopez said the cables were new. Later, Maria Lopez left.\n";
    let sp = run(text);
    assert_eq!(ids(&sp), ["maria-lopez"]);
    assert_eq!(person(&sp, "maria-lopez").mentions.len(), 2);
}

#[test]
fn outlets_works_places_and_events_are_not_people() {
    let text = "The Bridge Vote\n\nMaria Lopez told Vanity Fair and The Sunday Times about The Harbour Files podcast. She flew from Wyoming to New York for the Music Awards, with Getty Images photographers.\n";
    let sp = run(text);
    assert_eq!(ids(&sp), ["maria-lopez"]);
}

#[test]
fn names_in_captions_and_credits_are_not_speakers() {
    let text = "The Bridge Vote\n\nMaria Lopez opened the meeting.\n\nTom Baker and Kevin Hart at the river\nTom Baker | Getty Images\n\nLopez said the cables were new.\n";
    let sp = run(text);
    assert_eq!(ids(&sp), ["maria-lopez"]);
}

#[test]
fn same_person_gets_the_same_id_in_every_document() {
    let a = run("The Vote\n\nJohn Legend spoke first. Legend said it went well.\n");
    let b = run("A Song\n\nLegend was late. John Legend later apologised.\n");
    // (`Legend's team said` is the team's: Legend is named by a mention of his own)
    let c = run("A Song\n\nJL was late, Legend's team said. Legend apologised.\n");
    assert_eq!(ids(&a), ["john-legend"]);
    assert_eq!(ids(&b), ["john-legend"]);
    assert_eq!(person(&c, "john-legend").name, "John Legend");
}

#[test]
fn known_nicknames_name_their_person() {
    let text = "The Vote\n\nKanye was late to the studio, and Ye said so himself.\n";
    let sp = run(text);
    let p = person(&sp, "kanye-west");
    assert_eq!(p.name, "Kanye West");
    assert!(forms(p).iter().any(|(t, f)| *t == "Ye" && *f == MentionForm::Nickname));
}

#[test]
fn titles_are_not_part_of_the_name() {
    let text = "The Vote\n\nSen. Maria Lopez spoke. Former Gov. Tom Baker replied, and Mr. Baker left.\n";
    let sp = run(text);
    assert_eq!(person(&sp, "maria-lopez").name, "Maria Lopez");
    let tb = person(&sp, "tom-baker");
    assert_eq!(forms(tb), [("Tom Baker", MentionForm::Full), ("Baker", MentionForm::Surname)]);
}

#[test]
fn a_lone_surname_that_speaks_is_a_person() {
    let text = "The Vote\n\nThe hearing ran late. Kemp said the judge was tired.\n";
    let sp = run(text);
    assert_eq!(person(&sp, "kemp").name, "Kemp");
}

#[test]
fn sentence_initial_words_are_not_names() {
    let text = "The Vote\n\nMaria Lopez spoke. Aka Lopez, as friends call her, smiled. However Lopez left.\n";
    let sp = run(text);
    assert_eq!(ids(&sp), ["maria-lopez"]);
}

#[test]
fn pronouns_inside_quotes_are_not_resolved() {
    let text = "The Vote\n\nMaria Lopez spoke. “He never calls,” Lopez said.\n";
    let sp = run(text);
    assert!(person(&sp, "maria-lopez").mentions.iter().all(|m| m.text != "He"));
}

#[test]
fn she_and_he_find_people_of_matching_gender() {
    let text = "The Vote\n\nMaria Lopez met Tom Baker. She spoke first and he answered.\n";
    let sp = run(text);
    assert!(forms(person(&sp, "maria-lopez")).contains(&("She", MentionForm::Pronoun)));
    assert!(forms(person(&sp, "tom-baker")).contains(&("he", MentionForm::Pronoun)));
}

#[test]
fn descriptions_that_speak_are_speakers() {
    let text = "The Vote\n\nA city official said the bridge was safe. The council met.\n";
    let sp = run(text);
    let p = sp.speakers.iter().find(|s| s.name == "a city official").unwrap_or_else(|| panic!("{:?}", ids(&sp)));
    assert_eq!(p.mentions[0].form, MentionForm::Description);
}

#[test]
fn a_possessive_ends_a_name() {
    // "Lopez's Harbour line" is a person and a thing she owns, not a person called
    // "Lopez Harbour".
    let text = "Maria Lopez opened a shop. Fans like Lopez's Harbour line of lamps, the paper said.\n";
    let sp = run(text);
    // `the paper` that speaks is an organisation of its own (issue 11); the people:
    let people: Vec<&str> = sp.speakers.iter().filter(|s| s.kind.is_person()).map(|s| s.id.as_str()).collect();
    assert_eq!(people, ["maria-lopez"]);
    let p = person(&sp, "maria-lopez");
    assert!(forms(p).contains(&("Lopez", MentionForm::Surname)), "{:?}", forms(p));
}

/// Sentences are the segment stage's, never split again here: a pronoun looks first in
/// its own sentence as segment drew it. A prose paragraph without sentences (only a
/// hand edit makes one) is read as one sentence.
#[test]
fn sentences_come_from_segments_and_a_paragraph_without_any_is_one() {
    // (`knew`, no verb of speech: `Baker said he` names Baker whatever the sentences)
    let text = "Harbour Town Votes\n\nJohn Smith met Tom Baker on the bridge. Baker knew he would vote.\n";
    let he = |sp: &Speakers| {
        let at = text.find(" he ").unwrap() + 1;
        sp.speakers.iter().find(|s| s.mentions.iter().any(|m| m.span.start() == at)).map(|s| s.id.clone())
    };
    let seg = segment(text);
    assert_eq!(he(&speakers(text, &seg)).as_deref(), Some("tom-baker"));

    let mut unsplit = seg.clone();
    for p in &mut unsplit.paragraphs {
        p.sentences.clear();
    }
    let mut whole = seg.clone();
    for p in &mut whole.paragraphs {
        p.sentences = vec![p.span];
    }
    assert_eq!(he(&speakers(text, &unsplit)).as_deref(), Some("john-smith"));
    assert_eq!(speakers(text, &unsplit), speakers(text, &whole));
}

#[test]
fn a_surname_shared_with_a_relative_stays_with_the_one_the_text_calls_by_it() {
    // the husband's full name comes last, but the text calls only its subject `Kemp`
    let text = "Harbour Town Cooks\n\nLorna Kemp writes cookbooks. Kemp said the kitchen was small. Her husband, Victor Kemp, built the table. \u{201c}It was a lemon tart,\u{201d} says Kemp.\n";
    let sp = run(text);
    let lorna = person(&sp, "lorna-kemp");
    assert_eq!(forms(lorna).iter().filter(|(t, f)| *t == "Kemp" && *f == MentionForm::Surname).count(), 2, "{:?}", forms(lorna));
    let victor = person(&sp, "victor-kemp");
    assert_eq!(forms(victor), [("Victor Kemp", MentionForm::Full)]);
}

#[test]
fn a_surname_nobody_was_called_by_yet_names_the_most_recent_relative() {
    let text = "Harbour Town Hockey\n\nSam Ortiz watched from the stands. His brother Milo Ortiz played. Ortiz said he was proud.\n";
    let sp = run(text);
    assert_eq!(forms(person(&sp, "milo-ortiz")), [("Milo Ortiz", MentionForm::Full), ("Ortiz", MentionForm::Surname), ("he", MentionForm::Pronoun)]);
}

#[test]
fn a_given_name_that_is_also_a_things_word_leads_a_speaking_name() {
    // `Bill` is on the not-a-person list (a bill in Congress), and a given name
    let text = "Harbour Town Votes\n\n\u{201c}The fares are far too high,\u{201d} said Bill Hadley, president of the Harbour Riders Association. The Bill passed anyway.\n";
    let sp = run(text);
    assert_eq!(forms(person(&sp, "bill-hadley")), [("Bill Hadley", MentionForm::Full)]);
}

#[test]
fn a_titled_given_name_and_a_place_word_are_a_person() {
    let text = "Harbour Town Votes\n\n\u{201c}Look at the bus numbers,\u{201d} said Representative Paul Houston, a Democrat from Ohio.\n";
    let sp = run(text);
    assert_eq!(person(&sp, "paul-houston").name, "Paul Houston");
}

#[test]
fn a_described_speaker_with_a_phrase_of_its_own_speaks() {
    let text = "Harbour Town Votes\n\n\u{201c}The facts have not changed,\u{201d} a spokesman for the harbour committee said. Officials at the port authority say the cables are late.\n";
    let sp = run(text);
    let names: Vec<&str> = sp.speakers.iter().map(|s| s.name.as_str()).collect();
    assert!(names.contains(&"a spokesman for the harbour committee"), "{names:?}");
    assert!(names.contains(&"Officials at the port authority"), "{names:?}");
}

#[test]
fn events_venues_and_plural_bodies_are_not_people() {
    let text = "Harbour Town Golf\n\nPaul Brandt played the Eastvale Resorts Spring Tournament. The Youth Councils met at the Millbrook Sport complex. \u{201c}It's a fine course,\u{201d} he said.\n";
    let sp = run(text);
    assert_eq!(ids(&sp), ["paul-brandt"]);
    assert_eq!(forms(person(&sp, "paul-brandt")), [("Paul Brandt", MentionForm::Full), ("he", MentionForm::Pronoun)]);
}

#[test]
fn a_definite_description_refers_to_the_described_speaker_with_its_head() {
    let text = "Harbour Town Votes\n\n\u{201c}It is for the board to decide,\u{201d} a harbour official said. Maria Lopez was arrested in May. The harbour official told reporters most permits succeed. \u{201c}Nearly all of them pass,\u{201d} the official said.\n";
    let sp = run(text);
    let official = person(&sp, "a-harbour-official");
    assert_eq!(texts_of(official), ["a harbour official", "The harbour official", "the official"]);
    assert_eq!(texts_of(person(&sp, "maria-lopez")), ["Maria Lopez"]);
}

fn texts_of(s: &Speaker) -> Vec<&str> {
    s.mentions.iter().map(|m| m.text.as_str()).collect()
}

#[test]
fn a_definite_description_with_another_head_is_not_the_described_speaker() {
    // both phrases end in `committee`; their heads differ
    let text = "Harbour Town Votes\n\n\u{201c}It is late,\u{201d} a spokesman for the harbour committee said. \u{201c}It is not,\u{201d} the chairman of the harbour committee said.\n";
    let sp = run(text);
    let spokesman = person(&sp, "a-spokesman-for-the-harbour-committee");
    assert_eq!(texts_of(spokesman), ["a spokesman for the harbour committee"]);
}

/// `for a Grand Jury Summons`, `the senator's Wedding Toast`: a capitalised phrase after
/// an indefinite article or a possessive is a thing. The pronoun after it then goes to
/// the person, not to the thing (`“...,” he declared.`).
#[test]
fn a_capitalised_phrase_after_an_article_or_a_possessive_is_not_a_person() {
    let text = "A Long Night In The Capital\n\nTom Reyes spoke for an hour. His view was grim for a Harvest Toast in an election year.\n\n“This waste stops here,” he declared.\n\nCritics laughed at Mr. Reyes's Harvest Toast.\n";
    let sp = run(text);
    assert!(!ids(&sp).contains(&"harvest-toast"), "{:?}", ids(&sp));
    assert!(forms(person(&sp, "tom-reyes")).contains(&("he", MentionForm::Pronoun)));
}

/// `Millbrook's Lena Hart said`: a name after a possessive place stays a name when a
/// verb of speech marks it, even with a given name no list holds.
#[test]
fn a_speaking_name_after_a_possessive_place_is_a_person() {
    let text = "Captain Scores Twice\n\n“We found our legs tonight,” Millbrook's Lena Hart said after the game.\n";
    let sp = run(text);
    assert!(ids(&sp).contains(&"lena-hart"), "{:?}", ids(&sp));
}

/// `The mayor greeted a crowd ... along with Deputy Mayor Sam Ortiz. The speech repeated
/// his campaign promises.`: the sentence before the pronoun names only an object; the
/// pronoun continues the subject before it.
#[test]
fn a_pronoun_passes_over_a_sentence_that_names_only_an_object() {
    let text = "Mayor Takes Office\n\nTom Reyes took office on Friday as the new mayor.\n\nThe mayor greeted a crowd on the square, along with Deputy Mayor Sam Ortiz. The speech repeated his campaign promises.\n\n“We start today,” he said.\n";
    let sp = run(text);
    let reyes = forms(person(&sp, "tom-reyes"));
    assert!(reyes.contains(&("his", MentionForm::Pronoun)) && reyes.contains(&("he", MentionForm::Pronoun)), "{sp:#?}");
}

/// `Senate President Pro Tem Paul Brandt`: `pro tem` (pro tempore) is part of the title,
/// not of the name.
#[test]
fn president_pro_tem_is_a_title() {
    let text = "Lawmakers Pass The School Budget\n\n“The new budget keeps every library open,” said Senate President Pro Tem Paul Brandt.\n";
    let sp = run(text);
    assert!(ids(&sp).contains(&"paul-brandt"), "{:?}", ids(&sp));
}

/// `from Maria Lopez, who declared ...`: a relative `who` set off after a name by a comma or
/// a dash is a mention of that person (the subject of the verb after it); one after a
/// group (`voters who`) is not, nor a question word after a name (`told Lopez who to
/// call`).
#[test]
fn a_relative_who_after_a_name_is_a_mention_of_that_person() {
    let text = "Harbour Town Votes On The New Bridge\n\nThe plan won praise from Maria Lopez, who declared that the vote was a turning point. Tom Baker — who had opposed it — stayed home. Many voters who came said nothing. Baker told Lopez who to call.\n";
    let sp = run(text);
    let lopez = forms(person(&sp, "maria-lopez"));
    assert!(lopez.contains(&("who", MentionForm::Pronoun)), "{lopez:?}");
    let baker = forms(person(&sp, "tom-baker"));
    assert!(baker.contains(&("who", MentionForm::Pronoun)), "{baker:?}");
    let whos = sp.speakers.iter().flat_map(|s| &s.mentions).filter(|m| m.text == "who").count();
    assert_eq!(whos, 2, "{:#?}", sp.speakers);
}

/// `Bob Hale, a county clerk and Lopez supporter who has accused ...`: a name inside the
/// apposition (`Lopez`) does not keep the `who` from the name the apposition describes
/// (before, only the nearest name was tried, and the `who` was no one's).
#[test]
fn a_relative_who_after_an_apposition_holding_a_name_is_the_first_names() {
    let text = "Harbour Town Votes On The New Bridge\n\nMaria Lopez opened the hearing. “Read the plan,” said Bob Hale, a county clerk and Lopez supporter who has accused the board of hiding costs.\n";
    let sp = run(text);
    let hale = forms(person(&sp, "bob-hale"));
    assert!(hale.contains(&("who", MentionForm::Pronoun)), "{hale:?}");
    let lopez = forms(person(&sp, "maria-lopez"));
    assert!(!lopez.contains(&("who", MentionForm::Pronoun)), "{lopez:?}");
}

/// `Sen. Maria Lopez (D-Nev.) said`, `Sen. Tom Baker, R-Wis., said`: the party and state
/// tag is no person; the speaker is the senator.
#[test]
fn a_party_and_state_tag_is_not_a_speaker() {
    let text = "Harbour Town Votes On The New Bridge\n\nSen. Maria Lopez (D-Nev.) said, “Congress must fund the bridge now.” Sen. Tom Baker, R-Wis., said the plan failed.\n";
    let sp = run(text);
    assert!(ids(&sp).contains(&"maria-lopez") && ids(&sp).contains(&"tom-baker"), "{:?}", ids(&sp));
    assert!(!ids(&sp).iter().any(|id| id.contains("nev") || id.contains("wis")), "{:?}", ids(&sp));
}

/// `Critics note that ...`, `Aides say ...`: a plural role noun capitalised because it
/// opens the sentence is a group, not a person named Critics.
#[test]
fn a_capitalised_role_noun_opening_a_sentence_is_a_group() {
    let text = "Harbour Town Votes On The New Bridge\n\nMaria Lopez defended the plan. Critics say the bridge will never open.\n";
    let sp = run(text);
    let critics: Vec<&Speaker> = sp.speakers.iter().filter(|s| s.mentions.iter().any(|m| m.text == "Critics")).collect();
    assert!(critics.len() == 1 && critics[0].kind == SpeakerKind::Group, "{:#?}", sp.speakers);
}

/// `the U.S. said`, `Richard J. said`: a lone initial left by an abbreviation is never a
/// person's name.
#[test]
fn a_lone_initial_is_not_a_speaker() {
    let text = "Harbour Town Votes On The New Bridge\n\nThe talks in the U.S. said little. “We will see,” Y. said.\n";
    let sp = run(text);
    assert!(!sp.speakers.iter().any(|s| s.name.chars().count() == 1), "{:#?}", sp.speakers);
}

/// `Texas-based strategist Maria Lopez said`, `a veteran Denver-based engineer said`,
/// `co-anchor Ann O'Hara`: a compound capitalised only by its first part is no part
/// of a name; a hyphenated name is kept whole (`Ban Ki-moon`).
#[test]
fn a_compound_adjective_before_a_name_is_not_part_of_it() {
    let text = "Harbour Town Votes On The New Bridge\n\nTexas-based strategist Maria Lopez said the vote was close. The U.N. chief, Ban Ki-moon, said the talks would go on.\n";
    let sp = run(text);
    let ids = ids(&sp);
    assert!(ids.contains(&"maria-lopez") && ids.contains(&"ban-ki-moon"), "{ids:?}");
    assert!(!ids.iter().any(|id| id.contains("based")), "{ids:?}");
}

/// The described engineer is a speaker the text describes: `Denver-based` stays in
/// the description, which names no one.
#[test]
fn a_compound_adjective_stays_in_a_description() {
    let text = "Harbour Town Votes On The New Bridge\n\nA veteran Denver-based engineer said the bridge is too long.\n";
    let sp = run(text);
    let s = sp.speakers.iter().find(|s| s.name == "a veteran Denver-based engineer").unwrap_or_else(|| panic!("{:?}", ids(&sp)));
    assert_eq!(forms(s), [("A veteran Denver-based engineer", MentionForm::Description)]);
}

#[test]
fn a_long_title_before_a_given_name_is_not_part_of_the_name() {
    // a run of capitalised words too long for one name, with a given name inside it:
    // the name starts at the given name (`Port Avery City Public Advocate Ruth Kemp`)
    let sp = run("Harbour Town Votes\n\n“The council cut the bus routes twice this year,” Harbour County Public Advocate Karen Doyle said.\n");
    assert!(ids(&sp).contains(&"karen-doyle"), "{:?}", ids(&sp));
    assert!(!ids(&sp).iter().any(|id| id.contains("advocate")), "{:?}", ids(&sp));
}

#[test]
fn a_title_of_the_x_of_y_form_before_a_given_name_is_not_part_of_the_name() {
    // `Eastvale County Supervisor of Elections Ann Cole said`: `of` cuts the run
    // of capitalised words, and what is left before the given name is still a title
    let sp = run("Harbour Town Votes\n\nHarbour County Supervisor of Elections Grace Okafor said that early ballots will be counted first.\n");
    assert!(ids(&sp).contains(&"grace-okafor"), "{:?}", ids(&sp));
}

#[test]
fn a_name_before_a_lower_case_noun_is_its_modifier_not_the_speaker() {
    // `Millbrook staff said`: the staff speak, not Millbrook; `Almost half said`: the half, not
    // a person called Almost
    let sp = run("Pools In Harbour Town Sit Empty\n\nHarbourville staff said the pool counts look thin.\n\nAlmost half said they would not swim there.\n");
    assert!(!ids(&sp).contains(&"harbourville"), "{:?}", ids(&sp));
    assert!(ids(&sp).contains(&"harbourville-staff"), "{:?}", ids(&sp));
    assert!(!ids(&sp).contains(&"almost"), "{:?}", ids(&sp));
}

#[test]
fn a_long_name_without_a_title_before_its_given_name_stays_whole() {
    // `President Ramón Luis Vega Mendes`: no role or title before `Luis`, so the run
    // is one name; and `pressed ahead` makes no person of the word before it
    let sp = run("Harbour Town Votes\n\nPresident Ramón Luis Vega Mendes said on Monday that the vote was fair.\n\nNorthgate pressed ahead with the new pipeline on Monday, despite the protests.\n");
    assert!(ids(&sp).iter().any(|id| id.starts_with("ramón-luis")), "{:?}", ids(&sp));
    assert!(!ids(&sp).contains(&"northgate"), "{:?}", ids(&sp));
}

/// `On Friday, the mayor raised the idea once more. “...,” he said.`: a title that opens
/// its clause is a mention of the person named with it (`Mayor Tom Reyes`), though it
/// does not speak; the pronoun after it finds him, not the spokesperson quoted before.
#[test]
fn a_title_opening_its_clause_is_the_subject_the_next_pronoun_takes() {
    let text = "Transit Plan Returns\n\nMayor Tom Reyes wants the pools to stay open all night.\n\n“Nobody has asked for that,” a spokesperson said.\n\nOn Friday, the mayor raised the idea once more while meeting with reporters. “It would draw families,” he said.\n";
    let sp = run(text);
    let reyes = forms(person(&sp, "tom-reyes"));
    assert!(reyes.contains(&("the mayor", MentionForm::Description)), "{sp:#?}");
    assert!(reyes.contains(&("he", MentionForm::Pronoun)), "{sp:#?}");
}

/// `Shortly before the governor cut the ribbon, Reyes said he ...`: a title in a
/// clause that a subordinator opens is not taken as the subject; `he` stays with the
/// main clause's subject.
#[test]
fn a_title_after_a_subordinator_does_not_take_the_next_pronoun() {
    let text = "Bridge Day\n\nGov. Paul Brandt spoke in Eastvale on Friday.\n\nShortly before the governor cut the ribbon, Tom Reyes told reporters that he had not seen the bridge.\n";
    let sp = run(text);
    let reyes = forms(person(&sp, "tom-reyes"));
    assert!(reyes.contains(&("he", MentionForm::Pronoun)), "{sp:#?}");
}

/// `Ohio Sen. Tom Reyes ... Sen. Sam Ortiz ... The Ohio senator said`: the
/// description's capitalised word stood before one senator's title; it is he, not the
/// senator named last.
#[test]
fn a_place_word_in_a_titled_description_picks_the_person_it_stood_before() {
    let text = "Senators Spar\n\nOhio Sen. Tom Reyes spoke on Tuesday. Sen. Sam Ortiz spoke next.\n\n“We need a new bridge,” the Ohio senator said.\n";
    let sp = run(text);
    let reyes = forms(person(&sp, "tom-reyes"));
    assert!(reyes.contains(&("the Ohio senator", MentionForm::Description)), "{sp:#?}");
    // (the word must stand before the title in the name's own sentence, not at the end
    // of the sentence before: `Brandt spoke. Gov. Victor Mendes` is no Ohio governor)
    let text = "Governors Spar\n\nOhio Gov. Paul Brandt spoke. Gov. Victor Mendes replied.\n\n“No,” the Ohio governor said.\n";
    let sp = run(text);
    let brandt = forms(person(&sp, "paul-brandt"));
    assert!(brandt.contains(&("the Ohio governor", MentionForm::Description)), "{sp:#?}");
}

/// `Maria Lopez said “Ohio Sen. Tom Reyes is wrong ...”`: the look for the words before a
/// titled name stops at an opening quote mark, which is three bytes long; it once sliced
/// inside it and panicked.
#[test]
fn a_titled_name_right_after_an_opening_quote_mark_does_not_panic() {
    let text = "Senators Spar\n\nMaria Lopez said “Ohio Sen. Tom Reyes is wrong about the bridge.”\n\nSen. Sam Ortiz spoke next.\n\n“We need a new bridge,” the Ohio senator said.\n";
    let sp = run(text);
    assert!(sp.speakers.iter().any(|s| s.id == "sam-ortiz"), "{sp:#?}");
}

/// `Will Young, a bus driver based in Harbour City, Ore., and a steward at the Transit
/// Workers Guild, said ...`: `Will` and `Young` both often open sentences, but a
/// given name and the word after it, speaking past an apposition, are a person.
#[test]
fn a_given_name_that_also_opens_sentences_leads_a_name_that_speaks() {
    let text = "Cold Buses\n\nWill Young, a bus driver based in Harbour City, Ore., and a steward at a union, said icy roads wear out the brakes.\n\nYoung said he blames the salt.\n";
    let sp = run(text);
    let young = forms(person(&sp, "will-young"));
    assert_eq!(young[..2], [("Will Young", MentionForm::Full), ("Young", MentionForm::Surname)], "{sp:#?}");
    // (a question's modal before a name and a bare verb of speech is no given name)
    let sp = run("Cold Buses\n\nTom Reyes spoke on Monday. Will Reyes say he is sorry? Nobody knows.\n");
    assert!(!ids(&sp).iter().any(|id| id.starts_with("will")), "{sp:#?}");
}

/// `Norvik, the official state wire service, said ...`: a lone name whose verb comes
/// after an apposition set off by commas speaks.
#[test]
fn a_lone_name_speaks_past_its_apposition() {
    let sp = run("Toll Dispute\n\nNorvik, the official news agency, said the new toll was unfair.\n");
    assert!(ids(&sp).contains(&"norvik"), "{sp:#?}");
}

/// `Regarding Reyes, she said ...`, `Unlike Tom Reyes, ...`: a preposition or a
/// participle that opens a sentence is capitalised for that reason only, so it is no part
/// of the name after it, and no person of its own.
#[test]
fn a_preposition_opening_a_sentence_is_not_part_of_a_name() {
    let text = "Campaign Trail\n\nRegarding Reyes, Maria Lopez said the race was close. Unlike Tom Reyes, Lopez never ran.\n";
    let sp = run(text);
    assert!(ids(&sp).iter().all(|id| !id.starts_with("regarding") && !id.starts_with("unlike")), "{:?}", ids(&sp));
    assert!(ids(&sp).contains(&"tom-reyes"), "{:?}", ids(&sp));
}

/// `“Certainly not,“ she said.`: a closing mark typed as an opening one still closes the
/// quote where it stands, so `she` is prose, and a mention of the person it names.
#[test]
fn an_opening_mark_typed_for_a_closing_one_still_ends_the_quote() {
    let text = "Campaign Trail\n\nAnn Cole spoke to reporters on Monday.\n\n“Certainly not,“ she said. “A promise is a promise.”\n";
    let sp = run(text);
    let cole = forms(person(&sp, "ann-cole"));
    assert!(cole.contains(&("she", MentionForm::Pronoun)), "{sp:#?}");
}

/// The described speaker of `his wife said`, `said one of those engineers`, `wrote one
/// commenter` and `a council source, who had not been cleared to talk, told the
/// Herald` is a speaker of its own: a possessive pronoun's relative is someone new, one of
/// a group is one person, and a relative clause set off by commas stands between a
/// subject and its verb.
#[test]
fn described_speakers_after_a_possessive_one_of_or_before_a_relative_clause() {
    let text = "Campaign Trail\n\nTom Reyes left the race. His wife said he was tired.\n\nThe bridge will crack, said one of those engineers, who asked not to be named.\n\nA council source, who had not been cleared to talk, told the Herald the repairs were behind schedule.\n\nIt is a scam, wrote one commenter.\n";
    let sp = run(text);
    let described: Vec<&str> = sp.speakers.iter().filter(|s| s.mentions.iter().any(|m| m.form == MentionForm::Description)).map(|s| s.name.as_str()).collect();
    for name in ["his wife", "one of those engineers", "a council source", "one commenter"] {
        assert!(described.contains(&name), "{name} in {described:?}");
    }
    assert!(!forms(person(&sp, "tom-reyes")).contains(&("His wife", MentionForm::Description)));
}

/// `said his oldest friend at Millbrook, Paul Brandt, who ...`: a description with a name in
/// apposition is a mention of that named person, not a person of its own.
#[test]
fn a_description_with_a_name_in_apposition_is_that_person() {
    let text = "Campaign Trail\n\n“He was always early,” said his oldest friend at Millbrook, Paul Brandt, who knew him well.\n";
    let sp = run(text);
    let brandt = forms(person(&sp, "paul-brandt"));
    assert!(brandt.contains(&("his oldest friend", MentionForm::Description)), "{sp:#?}");
    assert!(!ids(&sp).contains(&"his-oldest-friend"), "{:?}", ids(&sp));
}

/// `The woman identified herself as a 40-year-old nurse named Caroline. ... she
/// said`: a given name that `named` introduces is a person, whom `she` may name.
#[test]
fn a_given_name_introduced_by_named_is_a_person() {
    let text = "Campaign Trail\n\nThe woman identified herself as a 40-year-old nurse named Caroline.\n\n“He always answers his phone,” she said.\n";
    let sp = run(text);
    let caroline = forms(person(&sp, "caroline"));
    assert!(caroline.contains(&("she", MentionForm::Pronoun)), "{sp:#?}");
}

/// `In an interview with journalist Teodor Lind, Vosk said he welcomed ...`: a pronoun
/// right after a verb of speech names the verb's subject, not the first person the
/// sentence names; after `told`, whose object stands between, it does not.
#[test]
fn a_pronoun_right_after_said_names_the_verbs_subject() {
    let text = "Forger Speaks\n\nMarek Vosk forged many permits. Teodor Lind is a journalist.\n\nIn a long interview with journalist Teodor Lind last spring, Vosk said he welcomed the trial.\n";
    let sp = run(text);
    let vosk = forms(person(&sp, "marek-vosk"));
    assert!(vosk.contains(&("he", MentionForm::Pronoun)), "{sp:#?}");
}

/// What the rules above must not take: an object pronoun after a verb of speech (`Tom
/// Jones said Bill Smith praised him`), a storm `named` Florence, a place before an
/// apposition whose verb takes its subject after it (`The storm hit Galveston, a city of
/// 50,000 people, said the mayor`), a Roman numeral (`World War I`), `went on` with no
/// `to` (`Negotiations went on through the night`), and a possessive's phrase after a
/// verb (`Reyes blasted his rival`).
#[test]
fn sentences_the_new_speaker_rules_must_not_misread() {
    let text = "Storm Season\n\nTom Jones said Bill Smith praised him on Monday.\n\nA hurricane named Florence hit the coast.\n\nThe storm hit Galveston, a city of many people, said the mayor.\n\nHe fought in World War I and wrote about it.\n\nNegotiations went on through the night.\n\nTom Reyes blasted his rival on Tuesday.\n";
    let sp = run(text);
    let him = sp.speakers.iter().find(|s| s.mentions.iter().any(|m| m.text == "him")).map(|s| s.id.as_str());
    assert_ne!(him, Some("bill-smith"), "{sp:#?}");
    for id in ["florence", "galveston", "negotiations", "the-writer", "his-rival"] {
        assert!(!ids(&sp).contains(&id), "{id} in {:?}", ids(&sp));
    }
}

/// `his supporters argue` and `her supporters argue` are two groups: a possessive keeps
/// its place in the group's name.
#[test]
fn a_possessive_group_keeps_its_possessor_in_its_name() {
    let text = "Campaign Trail\n\nTom Reyes spoke first. His supporters argue the bridge costs too much.\n\nMaria Lopez spoke next. Her supporters argue the bridge is worth it.\n";
    let sp = run(text);
    let names: Vec<&str> = sp.speakers.iter().map(|s| s.name.as_str()).collect();
    assert!(names.contains(&"His supporters") && names.contains(&"Her supporters"), "{names:?}");
}

/// `“...,” said the designer, who sews for a small label`: a definite description that
/// speaks and refers to no one named before is a described person of its own, not nobody.
#[test]
fn a_definite_description_that_refers_to_no_one_is_its_own_speaker() {
    let text = "Campaign Trail\n\nWorkers were angry about the new hours.\n\n\"It's hard enough to pay the rent,\" said the designer, who sews for a small label.\n";
    let sp = run(text);
    let designer = forms(person(&sp, "the-designer"));
    assert_eq!(designer[0], ("the designer", MentionForm::Description), "{sp:#?}");
}

/// `said they will greet residents`: a bare plural after an auxiliary, a pronoun or `to`
/// is a verb's object, no group that speaks; nor is a noun after a determiner, a verb
/// after `to` or a capitalised word a verb that makes one speak (`rules require members
/// to vote`, `urged reporters to question`, `voters in the United States`).
#[test]
fn a_bare_plural_after_a_verb_is_its_object_not_a_group() {
    let text = "Council Day\n\nThe clerks waved everyone inside and said they will greet residents while the meeting is under way.\n\nCouncil rules require members to vote on the budget. Brandt urged reporters to question him on the bridge instead.\n\nMost voters in the United States have never heard of the new toll.\n";
    let sp = run(text);
    let names: Vec<&str> = sp.speakers.iter().map(|s| s.name.as_str()).collect();
    for junk in ["greet residents", "members to", "reporters to", "voters in the United"] {
        assert!(!names.iter().any(|n| n.contains(junk)), "{junk} in {names:?}");
    }
}

/// `A person familiar with the talks over Friday’s vote says ... The person familiar
/// with the talks confirmed`: an unnamed source refers back to the one so
/// described, never to someone the text names (here a headline's words).
#[test]
fn an_unnamed_source_refers_back_only_to_its_description() {
    let text = "Reyes Plans\n\nA person familiar with the talks over Friday’s vote says the council will focus on the bridge.\n\nThe vote was first reported by the Millbrook Herald. The person familiar with the talks confirmed the vote without giving a name.\n";
    let sp = run(text);
    let source = sp.speakers.iter().find(|s| s.name.starts_with("a person familiar")).unwrap_or_else(|| panic!("{:?}", ids(&sp)));
    assert!(source.mentions.iter().any(|m| m.text == "The person familiar with the talks"), "{sp:#?}");
}

/// `Diverting Harbour Town funding, however, is likely to ...`, `Attacking Maria Lopez
/// over ...`: a verb's `-ing` form opening a sentence is a participle or a gerund, never
/// the given name of the capitalised words after it.
#[test]
fn an_ing_form_opening_a_sentence_is_no_given_name() {
    let text = "Budget Fight\n\nDiverting Harbour Town funding, however, is likely to stall the library, officials said.\n\nAttacking Maria Lopez over the budget, Reyes said she should resign.\n\nSterling Hart said the game was over.\n";
    let sp = run(text);
    let names: Vec<&str> = sp.speakers.iter().map(|s| s.name.as_str()).collect();
    assert!(!names.iter().any(|n| n.starts_with("Diverting") || n.starts_with("Attacking")), "{names:?}");
    assert_eq!(forms(person(&sp, "maria-lopez"))[0], ("Maria Lopez", MentionForm::Full), "{sp:#?}");
    // (a given name that ends alike is a name)
    person(&sp, "sterling-hart");
}

/// `Whenever Reyes joked ...`, `Whereas Lopez spoke ...`: a subordinator opening a
/// sentence is capitalised because it opens it, never the first word of the name after
/// it, even in a text that never writes it in lower case.
#[test]
fn a_subordinator_opening_a_sentence_is_no_part_of_a_name() {
    let text = "Rally Night\n\nWhenever Tom Reyes joked about the bridge, the crowd roared.\n\nWhereas Maria Lopez spoke for an hour, Reyes said little.\n";
    let sp = run(text);
    let names: Vec<&str> = sp.speakers.iter().map(|s| s.name.as_str()).collect();
    assert!(!names.iter().any(|n| n.starts_with("Whenever") || n.starts_with("Whereas")), "{names:?}");
    person(&sp, "tom-reyes");
    person(&sp, "maria-lopez");
}

#[test]
fn a_kin_word_before_an_unlisted_given_name_gives_the_gender_pronouns_follow() {
    // `her husband, Milton Lee`: `Milton` is in no list of given names, but `husband` says
    // he is a man, so the `she` after him is the woman named before, not him
    let text = "Donors\n\nRachel Lee gave early. Along with her husband, Milton Lee, a banker, she has given to several charities.\n";
    let sp = run(text);
    let pronoun = |id: &str, p: &str| person(&sp, id).mentions.iter().any(|m| m.text == p);
    assert!(pronoun("rachel-lee", "she"), "{:#?}", sp.speakers);
    assert!(!pronoun("milton-lee", "she"), "{:#?}", sp.speakers);
    // a review's cases: the kin word of a fronted `Like ...,` is not the name's, and a
    // listed given name keeps its own gender
    let sp = run("Nurses\n\nLike his mother, Cormac Doyle became a nurse. He said the work was hard.\n\nAnn Cole spoke. Cole's brother, Mary Lee, came to the meeting. She said the vote was close.\n");
    let pronoun = |id: &str, p: &str| person(&sp, id).mentions.iter().any(|m| m.text == p);
    assert!(pronoun("cormac-doyle", "He"), "{:#?}", sp.speakers);
    assert!(pronoun("mary-lee", "She"), "{:#?}", sp.speakers);
}

/// `The head of the union said`: a head or a boss of a body is a person the text
/// describes (before, no one), and `the head` never refers back to whoever was named
/// last (`Ash Carter spoke. The deputy head of the delegation said` is not Carter's).
#[test]
fn the_head_of_a_body_is_a_described_person_not_the_last_named() {
    let text = "Forum\n\nTom Reyes spoke at the forum. The deputy head of the Eastvale delegation said any attempt to isolate the port would fail.\n\nThe head of the Harbour Workers Union said the bridge was safe.\n";
    let sp = run(text);
    let names: Vec<&str> = sp.speakers.iter().map(|s| s.name.as_str()).collect();
    assert!(names.contains(&"the deputy head of the Eastvale delegation"), "{names:?}");
    assert!(names.contains(&"the head of the Harbour Workers Union"), "{names:?}");
    assert_eq!(person(&sp, "tom-reyes").mentions.len(), 1, "{:?}", forms(person(&sp, "tom-reyes")));
    // (a verb's form after `of` is a noun: `The heads of state said`, not `heads of`)
    let sp = run("Summit\n\nThe heads of state said in a joint statement that the border would reopen.\n");
    let names: Vec<&str> = sp.speakers.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["heads of state"]);
    // (nor is a sentence's opening `Having` a name)
    let sp = run("Court\n\nTom Reyes spoke. Having said that she would not jail Reyes, Judge Ann Cole imposed a fine.\n");
    assert!(sp.speakers.iter().all(|s| s.name != "Having"), "{:?}", ids(&sp));
}

/// `Lee A. Moss`: a middle initial that is also a word (`A`, `I`) goes on with the
/// name (before, the name was cut at it: `Lee`, and `Moss` a person of its own); `Sens.`
/// and `Reps.` before two names are titles, not a name's first word.
#[test]
fn a_middle_initial_that_is_a_word_and_a_plural_title_stay_out_of_the_name() {
    let sp = run("Court\n\nJustice Lee A. Moss said the ruling stood. Sens. Tom Reyes and Ann Cole disagreed. Senators Paul Brandt and Lena Hart agreed.\n");
    assert_eq!(person(&sp, "lee-a-moss").name, "Lee A. Moss");
    assert_eq!(person(&sp, "tom-reyes").name, "Tom Reyes");
    assert_eq!(person(&sp, "paul-brandt").name, "Paul Brandt");
    assert!(sp.speakers.iter().all(|s| s.name != "Lee" && s.name != "Moss" && !s.name.starts_with("Sen")), "{:?}", ids(&sp));
    // (a lone capital that opens a sentence is no initial: `A. Moss` is not read so, and
    // `Lee. A vote` keeps its sentence break)
    let sp = run("Court\n\nLee Moss spoke first. A vote followed.\n");
    assert!(sp.speakers.iter().all(|s| !s.name.contains(" A")), "{:?}", ids(&sp));
    // (a known person's name with middle initials is the known person where the list
    // spells that form out: `Joseph R. Biden Jr` is `Joe Biden`)
    let sp = run("Rally\n\nVice President Joseph R. Biden Jr. spoke in Eastvale. The vice president said the plan was sound.\n");
    let biden = person(&sp, "joe-biden");
    assert_eq!(biden.mentions.len(), 2, "{:?}", forms(biden));
    // (and a description's title finds the known person named with it: `the vice
    // president` past another name is Biden)
    let sp = run("Rally\n\nVice President Joseph R. Biden Jr. spoke in Eastvale. He met Tom Reyes there. Mr. Reyes, the vice president said, would lose the vote.\n");
    let biden = person(&sp, "joe-biden");
    assert!(biden.mentions.iter().any(|m| m.text == "the vice president"), "{:?}", forms(biden));
    let sp = run("Rally\n\nBarack H. Obama spoke in Chicago.\n");
    assert_eq!(ids(&sp), ["barack-obama"]);
    // (another initial is another person: a review's `Barack Q. Obama, a local plumber`)
    let sp = run("Rally\n\nBarack Q. Obama, a local plumber, said he was tired of the jokes.\n");
    assert!(!ids(&sp).contains(&"barack-obama"), "{:?}", ids(&sp));
    // (only after a given name or another initial: a review's `Plan A. Moss said`, where
    // the `A.` ends a sentence the segmenter kept whole, is no name `Plan A. Moss`)
    for (text, id) in [("Vote\n\nThe committee picked Plan A. Moss said the choice was obvious.\n", "moss"), ("Vote\n\nHis grandfather fought in World War I. Reyes said the medal was his.\n", "reyes")] {
        let sp = run(text);
        assert_eq!(ids(&sp), [id]);
    }
    let sp = run("Court\n\nThe clerk called J. A. Moss, who said the ruling stood.\n");
    assert_eq!(person(&sp, "j-a-moss").name, "J. A. Moss");
}

/// `Lee Moss Jr` after `Lee Moss` is the son, not the father (before, one name inside
/// the other made them one person); a suffix is no surname (`Jr` of `Tom G. Reyes Jr`
/// named Reyes wherever it stood alone, so another justice's `Jr.` became a mention of
/// Reyes); the same name without its suffix is the same person.
#[test]
fn a_generational_suffix_is_another_person_and_no_surname() {
    let sp = run("Court\n\nLee Moss praised the plan. His son Lee Moss Jr. said it would fail, and Moss Jr. left.\n");
    assert!(person(&sp, "lee-moss").mentions.iter().all(|m| !m.text.contains("Jr")), "{:?}", forms(person(&sp, "lee-moss")));
    assert_eq!(person(&sp, "lee-moss-jr").name, "Lee Moss Jr");
    let sp = run("Court\n\nChief Justice Tom G. Reyes Jr. wrote the opinion. He gave it to Justice Paul Brandt Jr., who agreed. Later Tom Reyes spoke.\n");
    let reyes = person(&sp, "tom-g-reyes-jr");
    assert!(reyes.mentions.iter().all(|m| m.text != "Jr"), "{:?}", forms(reyes));
    assert!(reyes.mentions.iter().any(|m| m.text == "Tom Reyes"), "{:?}", forms(reyes));
    // (nor when a longer form of the name comes later: `Jr` stays no surname)
    let sp2 = run("Court\n\nLee Moss Jr. spoke. Lee A. Moss Jr. agreed. Then Ortiz Jr. left.\n");
    assert!(sp2.speakers.iter().flat_map(|s| &s.mentions).all(|m| m.text != "Jr"), "{:#?}", sp2.speakers);
    let brandt = person(&sp, "paul-brandt-jr");
    assert!(brandt.mentions.iter().any(|m| m.text == "who"), "{:?}", forms(brandt));
}

/// `Paul Brandt, a dentist from Eastvale, New Hampshire, who said`, `Lee Moss, the
/// Harbour and Ferry commissioner, who admitted`, `Lena Hart, a bakery owner and
/// activist, who backed`: a place with its state, or an `and` inside one noun phrase,
/// leaves the apposition one phrase, so the `who` is the name's (before, no one's);
/// `Tom Reyes, the mayor and the council, who` is a list and stays nobody's, and so is
/// `Tom Reyes, Ann Cole and aides, who`, with a name nearer the `who`.
#[test]
fn a_relative_who_past_an_apposition_with_a_state_or_an_and_is_the_names() {
    let who = |text: &str, id: &str| {
        let sp = run(text);
        sp.speakers.iter().find(|s| s.id == id).is_some_and(|s| s.mentions.iter().any(|m| m.text == "who"))
    };
    assert!(who("Votes\n\nThe plan drew fire from Paul Brandt, a dentist from Eastvale, New Hampshire, who said it was rushed.\n", "paul-brandt"));
    assert!(who("Votes\n\nThe plan drew fire from Lee Moss, the Harbour and Ferry commissioner, who admitted the ferry was late.\n", "lee-moss"));
    assert!(who("Votes\n\nLena Hart, a bakery owner and longtime activist, who backed Cole last year, gave money.\n", "lena-hart"));
    assert!(!who("Votes\n\nThe plan drew fire from Tom Reyes, the mayor and the council, who said it was rushed.\n", "tom-reyes"));
    assert!(!who("Votes\n\nThe plan drew fire from Tom Reyes, a lawyer, and his clients, who said it was rushed.\n", "tom-reyes"));
    assert!(who("Votes\n\nThe plan drew fire from Tom Reyes, former mayor and activist, who said it was rushed.\n", "tom-reyes"));
    assert!(!who("Votes\n\nThe plan drew fire from Tom Reyes, Ann Cole and aides, who said it was rushed.\n", "tom-reyes"));
}

/// `Rep. Paul Brandt (D-California)`: a party tag with the state in full is no person.
#[test]
fn party_tag_with_the_state_in_full_is_no_person() {
    let sp = run("The Bridge Vote\n\n“The toll will help,” Rep. Paul Brandt (D-California) told reporters.\n");
    assert_eq!(ids(&sp), ["paul-brandt"]);
}

/// `Port officials have, so far, backed ...`: a short aside after the auxiliary leaves
/// the group the subject of its verb; before, the comma ended the search for the verb and
/// the group was no speaker.
#[test]
fn group_with_an_aside_after_its_auxiliary_speaks() {
    let sp = run("The Bridge Vote\n\nPort officials have, so far, backed the ferry plan.\n");
    assert_eq!(ids(&sp), ["port-officials"]);
    assert_eq!(person(&sp, "port-officials").kind, SpeakerKind::Group);
    // (past an adverb after the aside too)
    let sp = run("The Bridge Vote\n\nCritics have, in fact, long argued that the toll is a tax.\n");
    assert_eq!(ids(&sp), ["critics"]);
    // (an aside before no verb of speech or view makes no speaker)
    let sp = run("The Bridge Vote\n\nPort officials have, of course, a budget of their own.\n");
    assert!(ids(&sp).is_empty(), "{:?}", ids(&sp));
}
