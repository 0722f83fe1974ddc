//! Reported speech (issue 12): one test per construction, on hand-written text.

use stages::contract::{Quote, QuoteKind, Quotes, Speaker, SpeakerKind, Speakers};
use stages::segment::segment;
use stages::speakers::speakers;
use stages::quotes;

fn run(text: &str) -> (Speakers, Quotes) {
    let seg = segment(text);
    let sp = speakers(text, &seg);
    let q = quotes::quotes(text, &seg, &sp);
    for item in &q.quotes {
        assert_eq!(item.span.slice(text), Some(item.text.as_str()), "span and text agree");
        for r in item.quoted.iter().chain(&item.parts) {
            assert!(item.span.contains(*r), "{r} lies inside {}", item.span);
        }
    }
    (sp, q)
}

const HEAD: &str = "Harbour Town Votes On The New Bridge\n\n";

/// The reported items (mixed and indirect).
fn reported(q: &Quotes) -> Vec<&Quote> {
    q.quotes.iter().filter(|x| x.kind != QuoteKind::Direct).collect()
}

/// The one reported item whose content starts with `prefix`.
fn item<'a>(q: &'a Quotes, prefix: &str) -> &'a Quote {
    let found: Vec<&Quote> = reported(q).into_iter().filter(|x| x.text.starts_with(prefix)).collect();
    assert_eq!(found.len(), 1, "one reported item starting {prefix:?} in {:#?}", q.quotes);
    found[0]
}

/// The speakers-file entry an item's speaker names; the item must have one.
fn speaker_of<'a>(sp: &'a Speakers, x: &Quote) -> &'a Speaker {
    sp.speakers.iter().find(|s| Some(s.id.as_str()) == x.speaker.as_deref()).unwrap_or_else(|| panic!("no speaker in {x:#?}"))
}

/// Asserts, for each (content prefix, name, kind), that the one reported item whose
/// content starts so names a speaker of that name and kind.
fn assert_sources(sp: &Speakers, q: &Quotes, expected: &[(&str, &str, SpeakerKind)]) {
    for &(content, name, kind) in expected {
        let who = speaker_of(sp, item(q, content));
        assert_eq!((who.name.as_str(), who.kind), (name, kind), "{content}");
    }
}

/// Asserts that each of `expected` is the whole content of a reported item.
fn assert_contents(q: &Quotes, expected: &[&str]) {
    let contents: Vec<&str> = reported(q).iter().map(|x| x.text.as_str()).collect();
    for e in expected {
        assert!(contents.contains(e), "{e:?} in {contents:#?}");
    }
}

fn cue(x: &Quote) -> Option<&str> {
    x.cue.as_ref().map(|c| c.text.as_str())
}

/// Asserts, for each sentence (a document of its own), the content and the cue of every
/// reported item, in order.
fn assert_items(cases: &[(&str, &[(&str, &str)])]) {
    for (sentence, expected) in cases {
        let (_, q) = run(&format!("{HEAD}{sentence}\n"));
        let got: Vec<(&str, &str)> = reported(&q).into_iter().map(|x| (x.text.as_str(), cue(x).unwrap_or(""))).collect();
        assert_eq!(got, *expected, "{sentence}");
    }
}

/// The texts of an item's parts, or of its span when it has none.
fn parts<'t>(x: &Quote, text: &'t str) -> Vec<&'t str> {
    if x.parts.is_empty() {
        vec![x.span.slice(text).unwrap_or_default()]
    } else {
        x.parts.iter().filter_map(|p| p.slice(text)).collect()
    }
}

#[test]
fn that_clause_after_said_is_indirect_content() {
    let text = format!("{HEAD}Maria Lopez said that the bridge would cost twice the first estimate.\n");
    let (_, q) = run(&text);
    let x = item(&q, "the bridge");
    assert_eq!(x.kind, QuoteKind::Indirect);
    assert_eq!(x.text, "the bridge would cost twice the first estimate");
    assert_eq!(x.speaker.as_deref(), Some("maria-lopez"));
    assert_eq!(cue(x), Some("said"));
}

#[test]
fn content_right_after_said_without_that() {
    let text = format!("{HEAD}Maria Lopez said the bridge would open in May.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "the bridge").text, "the bridge would open in May");
}

#[test]
fn adverbial_between_verb_and_that_is_skipped() {
    let text = format!("{HEAD}Maria Lopez said in a statement on Monday that the council had approved the plan.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "the council").text, "the council had approved the plan");
}

#[test]
fn told_addressee_then_that_clause() {
    let text = format!("{HEAD}Maria Lopez told the Harbour Gazette that the vote was never in doubt.\n");
    let (_, q) = run(&text);
    let x = item(&q, "the vote");
    assert_eq!(cue(x), Some("told the Harbour Gazette"));
    assert_eq!(x.speaker.as_deref(), Some("maria-lopez"));
}

#[test]
fn according_to_before_the_content() {
    let text = format!("{HEAD}According to Maria Lopez, the bridge will carry ten thousand cars a day.\n");
    let (_, q) = run(&text);
    let x = item(&q, "the bridge");
    assert_eq!(x.text, "the bridge will carry ten thousand cars a day");
    assert_eq!(cue(x), Some("According to"));
    assert_eq!(x.speaker.as_deref(), Some("maria-lopez"));
}

/// `according to` set off inside its content, after a short subject: the subject and
/// the rest of the clause are the content in two parts, however short (`The plan,
/// according to aides, will fail`); a conjunction or an adverb opening the sentence is
/// no part of it (`But according to Tom Reyes, ...`), and a tail after a closing
/// source is none (`..., according to Tom Reyes, R-Eastvale`).
#[test]
fn according_to_inside_the_content_after_a_short_subject() {
    let text = format!(
        "{HEAD}The plan, according to aides, will fail. \
         But according to Tom Reyes, the ferry will stay. \
         The toll is dead, according to Tom Reyes, R-Eastvale.\n"
    );
    let (sp, q) = run(&text);
    let x = item(&q, "The plan");
    assert_eq!(parts(x, &text), ["The plan", "will fail"]);
    assert_eq!(speaker_of(&sp, x).name, "aides");
    assert_eq!(item(&q, "the ferry").text, "the ferry will stay");
    assert_eq!(parts(item(&q, "The toll"), &text), ["The toll is dead"]);
    // a review's misreadings: a clause with a verb before the source is no short
    // subject, and what follows the source is no content unless its verb opens it
    let text = format!(
        "{HEAD}The deal collapsed, according to Ann Cole, the treasurer. \
         The ferry sank, according to police, on Monday. \
         Separately, according to the Harbour Herald, the mayor resigned.\n"
    );
    let (_, q) = run(&text);
    assert_eq!(parts(item(&q, "The deal"), &text), ["The deal collapsed"]);
    assert_eq!(parts(item(&q, "The ferry"), &text), ["The ferry sank"]);
    assert_eq!(parts(item(&q, "the mayor"), &text), ["the mayor resigned"]);
    // inside a parenthesis the content starts after its opening
    let text = format!("{HEAD}Cole says tolls doubled last year (the actual rise is nearer 12 percent, according to the Harbour Herald).\n");
    let (_, q) = run(&text);
    assert_eq!(parts(item(&q, "the actual rise"), &text), ["the actual rise is nearer 12 percent"]);
}

#[test]
fn according_to_after_the_content() {
    let text = format!("{HEAD}The bridge will carry ten thousand cars a day, according to the city's own study.\n");
    let (_, q) = run(&text);
    let x = item(&q, "The bridge");
    assert_eq!(x.text, "The bridge will carry ten thousand cars a day");
    assert_eq!(cue(x), Some("according to"));
}

#[test]
fn colon_after_a_named_source_and_its_verb() {
    let text = format!("{HEAD}Maria Lopez put it simply and said: the town cannot wait another decade.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "the town").text, "the town cannot wait another decade");
}

#[test]
fn belief_verbs_report_thought() {
    let text = format!("{HEAD}Tom Baker believes the council rushed the vote. Baker fears that the costs will double.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "the council").speaker.as_deref(), Some("tom-baker"));
    assert_eq!(cue(item(&q, "the costs")), Some("fears"));
}

#[test]
fn intention_verbs_take_a_to_infinitive() {
    let text = format!("{HEAD}Maria Lopez vowed to finish the bridge before the next election.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "to finish").text, "to finish the bridge before the next election");
}

#[test]
fn inverted_the_plan_is_dead_officials_said() {
    let text = format!("{HEAD}The plan for a second bridge is dead for now, officials said.\n");
    let (_, q) = run(&text);
    let x = item(&q, "The plan");
    assert_eq!(x.text, "The plan for a second bridge is dead for now");
    assert_eq!(cue(x), Some("said"));
}

#[test]
fn inverted_said_and_a_named_subject_with_apposition() {
    let text = format!("{HEAD}The vote was rushed, said Tom Baker, a retired engineer who opposed the plan.\n");
    let (_, q) = run(&text);
    let x = item(&q, "The vote");
    assert_eq!(x.text, "The vote was rushed");
    assert_eq!(x.speaker.as_deref(), Some("tom-baker"));
}

#[test]
fn content_interrupted_by_its_cue_comes_in_parts() {
    let text = format!("{HEAD}The second bridge, officials said, would never be built.\n");
    let (_, q) = run(&text);
    let x = item(&q, "The second bridge");
    assert_eq!(parts(x, &text), ["The second bridge", "would never be built"]);
}

/// `Lopez said Baker believes ...`: the writer attributes one report, Lopez's; what she
/// says Baker believes is her content, not a report of Baker's.
#[test]
fn nested_reported_speech_is_part_of_the_outer_report() {
    let text = format!("{HEAD}Maria Lopez said Tom Baker believes the council rushed the vote.\n");
    let (_, q) = run(&text);
    let outer = item(&q, "Tom Baker believes");
    assert_eq!(outer.text, "Tom Baker believes the council rushed the vote");
    assert_eq!(outer.speaker.as_deref(), Some("maria-lopez"));
    assert_eq!(reported(&q).len(), 1, "Baker's belief is Lopez's report, not his: {:#?}", q.quotes);
}

/// An organisation is a source of what it wants, plans or refuses as of what it says,
/// but not of what it seems to do.
#[test]
fn an_organisation_holding_a_view_is_a_source_but_not_of_what_it_seems() {
    let text = format!("{HEAD}The Harbour Commission wants to rebuild the old bridge by May. The Ferry Company seems to favour a longer closure.\n");
    let (sp, q) = run(&text);
    let who = speaker_of(&sp, item(&q, "to rebuild"));
    assert_eq!((who.name.as_str(), who.kind), ("Harbour Commission", SpeakerKind::Organisation));
    assert!(q.quotes.iter().filter(|x| x.text.contains("favour")).all(|x| x.speaker.is_none()), "{:#?}", q.quotes);
}

/// `according to` names its source in any noun phrase, cut before what modifies it.
#[test]
fn according_to_any_noun_phrase_names_the_source() {
    let text = format!("{HEAD}The bridge will close in May, according to people familiar with the plans. The toll will double, according to the polling average. The ferry will stop, according to a spokesman for the port.\n");
    let (sp, q) = run(&text);
    assert_sources(&sp, &q, &[("The bridge", "people", SpeakerKind::Group), ("The toll", "polling average", SpeakerKind::Document), ("The ferry", "spokesman", SpeakerKind::Person)]);
}

/// `according to` names as its source a phrase whose head a name only modifies (a
/// poll, a readout, an official of an organisation), past a possessive (`the port's
/// tally`) and across the dots and slashes of a name (`U.S.`, `Herald/KBX`).
#[test]
fn according_to_a_phrase_a_name_modifies_names_the_phrase() {
    let text = format!(
        "{HEAD}Tom Reyes leads the race by nine points, according to a Harbour Herald/KBX poll. \
         The ferry will stop in May, according to a Port Authority readout. \
         The bridge fund is short, according to a Harbour Board official. \
         Tolls rose by a third, according to the port's own tally. \
         The firm paid no tax, according to U.S. court records.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(&sp, &q, &[
        ("Tom Reyes leads", "Harbour Herald/KBX poll", SpeakerKind::Document),
        ("The ferry", "Port Authority readout", SpeakerKind::Document),
        ("The bridge", "Harbour Board official", SpeakerKind::Person),
        ("Tolls rose", "port's own tally", SpeakerKind::Document),
        ("The firm", "U.S. court records", SpeakerKind::Document),
    ]);
    // a name that is the whole phrase is the source, as before
    let text = format!("{HEAD}The ferry will stop in May, according to the FBI.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_of(&sp, item(&q, "The ferry")).name, "FBI");
}

/// After `according to`, a possessive is the owner's own mention and the phrase after
/// it the source (`his LinkedIn profile` is a document, not the man; `Reyes's lawyer`
/// a person, not Reyes), unless a name set off after the phrase is who it describes
/// (`Reyes's lawyer, Ann Cole`); a share of a group is named with it (`one of her
/// senior aides`, a person); an organisation's name or a title runs over `for` and
/// `of`; a capitalised head is an organisation after a determiner, a person when it is
/// a title or follows `a`, a group when it is a people's plural; a capitalised
/// adjective joins its coordination.
#[test]
fn according_to_possessives_shares_titles_and_peoples() {
    let text = format!(
        "{HEAD}Tom Reyes joined the port in 2004. The ferry lost money every year, according to his LinkedIn profile. \
         Ann Cole will not run again, according to one of her senior aides. \
         The toll paid for the bridge, according to the Centre for Harbour Studies. \
         The vote was rigged, according to The Harbour Ledger. \
         The plan will pass, according to Democrats in the council. \
         The plan will fail, according to a Republican familiar with the talks. \
         The plan is costly, according to Progressive and independent economists. \
         The port will close, according to the Mayor of Eastvale. \
         The ferry will stay, according to Canadians. \
         The pier will be sold, according to Reyes's lawyer. \
         The pier was never sold, according to Cole's aide, Paul Brandt.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(&sp, &q, &[
        ("The ferry lost", "LinkedIn profile", SpeakerKind::Document),
        ("Ann Cole will not", "one of her senior aides", SpeakerKind::Person),
        ("The toll paid", "Centre for Harbour Studies", SpeakerKind::Organisation),
        ("The vote", "Harbour Ledger", SpeakerKind::Organisation),
        ("The plan will pass", "Democrats", SpeakerKind::Group),
        ("The plan will fail", "Republican", SpeakerKind::Person),
        ("The plan is costly", "Progressive and independent economists", SpeakerKind::Group),
        ("The port will close", "Mayor of Eastvale", SpeakerKind::Person),
        ("The ferry will stay", "Canadians", SpeakerKind::Group),
        ("The pier will be sold", "Reyes's lawyer", SpeakerKind::Person),
        ("The pier was never", "Paul Brandt", SpeakerKind::Person),
    ]);
    // the `his` stays a mention of the man it stands for
    let reyes = sp.speakers.iter().find(|s| s.id == "tom-reyes").expect("Tom Reyes");
    assert!(reyes.mentions.iter().any(|m| m.text == "his"), "{reyes:#?}");
}

/// After `according to`, a name set off after a description is who the description
/// describes, and the source (`her husband, Tom Reyes`, `the county clerk, Jane
/// Holt`); a document noun that modifies an office is no source of its own (`the
/// statistics office`); a phrase with no comma after it ends where the next clause's
/// subject starts (`according to his lawyers the deal was legal`).
#[test]
fn according_to_a_description_then_a_name_an_office_and_a_clause_with_no_comma() {
    let text = format!(
        "{HEAD}Ann Cole quit in May. The budget was cut by half, according to her husband, Tom Reyes. \
         The vote was fair, according to the county clerk, Jane Holt. \
         The port lost money, according to the Eastvale statistics office. \
         Paul Brandt is a councillor. He said that according to his lawyers the deal was legal.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(&sp, &q, &[
        ("The budget", "Tom Reyes", SpeakerKind::Person),
        ("The vote", "Jane Holt", SpeakerKind::Person),
        ("The port", "Eastvale statistics office", SpeakerKind::Organisation),
    ]);
    assert!(sp.speakers.iter().all(|s| s.name != "statistics" && !s.name.contains("deal")), "{:#?}", sp.speakers);
    assert!(sp.speakers.iter().any(|s| s.name == "lawyers" && s.kind == SpeakerKind::Group), "{:#?}", sp.speakers);
    // after a fronted `according to`, the name after the comma is the main clause's
    // subject, not the source (a snapshot of the seeds caught this in review)
    // (and the lone unknown name before the comma is a body, the source)
    let text = format!("{HEAD}Tom Reyes wrote to Ann Cole. According to Harbourview, Reyes allegedly replied to the text.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_of(&sp, item(&q, "Reyes allegedly")).name, "Harbourview");
}

/// A `who` right after the head of a person's apposition, with no comma between, is
/// that person's (`Ann Cole, a retired banker who had backed ...`, past the name's
/// place: `Gov. Tom Reyes of Eastvale, a Republican who has declined ...`); not the
/// last of two names before a plural (`..., two Democrats who`), nor a noun inside a
/// phrase after the head (`..., a lawyer for the families who say`).
#[test]
fn a_who_after_a_persons_apposition_is_the_persons() {
    let text = format!(
        "{HEAD}The board raised money from Ann Cole, a retired banker who had backed the toll. \
         Gov. Tom Reyes of Eastvale, a Republican who has declined to back the plan, spoke last. \
         Paul Brandt and Dana Whitfield, two Democrats who oppose the ferry, walked out. \
         Maria Lopez, a lawyer for the families who say the bridge is unsafe, spoke first.\n"
    );
    let (sp, q) = run(&text);
    for (content, name) in [("the toll", "Ann Cole"), ("to back the plan", "Tom Reyes")] {
        let who = speaker_of(&sp, item(&q, content));
        assert_eq!(who.name, name, "{content}");
        assert!(who.mentions.iter().any(|m| m.text == "who"), "{who:#?}");
    }
    let whos = |name: &str| sp.speakers.iter().filter(|s| s.name == name).flat_map(|s| &s.mentions).filter(|m| m.text == "who").count();
    assert_eq!((whos("Dana Whitfield"), whos("Maria Lopez")), (0, 0), "{:#?}", sp.speakers);
    // a review's misreadings: a name that ends a phrase opening the sentence is not the
    // main subject's, nor one before `, and the ...`
    let text = format!(
        "{HEAD}After meeting Ann Cole, the mayor who had backed the toll changed his mind. \
         Like Paul Brandt, every farmer who said the drought hurt him got aid. \
         With the support of Tom Reyes, the senator who drafted the bill said it would pass. \
         Maria Lopez thanked Dana Whitfield, and the senator who chairs the panel said the ferry would stay.\n"
    );
    let (sp, q) = run(&text);
    // (the last `who` is the senator's, whose clause the `said` after it follows)
    let named = ["Ann Cole", "Paul Brandt", "Tom Reyes", "Maria Lopez", "Dana Whitfield"];
    assert!(sp.speakers.iter().filter(|s| named.contains(&s.name.as_str())).flat_map(|s| &s.mentions).all(|m| m.text != "who"), "{:#?}", sp.speakers);
    assert_eq!(speaker_of(&sp, item(&q, "the ferry would stay")).name, "senator");
}

/// A lone capitalised word after `according to` that no list knows names a source only
/// when it cannot be a surname the text never introduced: a brand's inner capital
/// (`StatWise`, an organisation) or a web address (`Harbourdata.com`, a website, which
/// is a document); `according to Okafor` names no one rather than an organisation
/// called Okafor.
#[test]
fn according_to_a_lone_unknown_word_is_an_organisation_unless_someone_bears_it() {
    let text = format!(
        "{HEAD}Grace Okafor is an economist. Ticket sales doubled last year, according to StatWise. \
         Ferry sales doubled last year, according to Harbourdata.com. \
         Bridge tolls doubled last year, according to Okafor. \
         Pier fees doubled last year, according to Harbourstat.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(
        &sp,
        &q,
        &[
            ("Ticket sales", "StatWise", SpeakerKind::Organisation),
            ("Ferry sales", "Harbourdata.com", SpeakerKind::Document),
            ("Bridge tolls", "Grace Okafor", SpeakerKind::Person),
            ("Pier fees", "Harbourstat", SpeakerKind::Organisation),
        ],
    );
}

/// A no-break space between two words of a name joins them as a space does (web
/// copy is full of them: `Stu\u{a0}Burguiere`, `CBS\u{a0}reported`).
#[test]
fn a_no_break_space_joins_a_name() {
    let text = format!("{HEAD}Maria\u{a0}Lopez said the bridge will close in May.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "the bridge").speaker.as_deref(), Some("maria-lopez"));
}

/// A reporting verb in its -ing form reports as its other forms do: `is predicting
/// that ...`, `blasting the council`.
#[test]
fn the_ing_form_of_a_reporting_verb_reports() {
    let text = format!("{HEAD}Maria Lopez is predicting that the bridge will open in May. Tom Baker spent the week blasting the harbour council.\n");
    let (_, q) = run(&text);
    let x = item(&q, "the bridge will open");
    assert_eq!((cue(x), x.speaker.as_deref()), (Some("predicting"), Some("maria-lopez")));
    let y = item(&q, "the harbour council");
    assert_eq!((cue(y), y.speaker.as_deref()), (Some("blasting"), Some("tom-baker")));
}

/// `Lopez noted that Baker has mocked the plan`: what Baker did is part of what Lopez
/// reported, not a report of Baker's own (nor is a noun cue there: `his support for`).
#[test]
fn an_attitude_inside_reported_content_is_not_a_report_of_its_own() {
    let text = format!("{HEAD}Maria Lopez noted that Tom Baker has mocked the bridge plan for months. Tom Baker said his support for the harbour fund never wavered.\n");
    let (_, q) = run(&text);
    let outer = item(&q, "Tom Baker has mocked");
    assert_eq!(outer.speaker.as_deref(), Some("maria-lopez"));
    assert_eq!(cue(item(&q, "his support")), Some("said"));
    assert!(q.quotes.iter().all(|x| !matches!(cue(x), Some("mocked" | "support for"))), "{:#?}", q.quotes);
}

#[test]
fn cue_with_no_source_keeps_a_null_speaker() {
    // whoever told him, the text does not say
    let text = format!("{HEAD}Tom Baker arrived late. He was told that the vote had already been taken.\n");
    let (_, q) = run(&text);
    let x = item(&q, "the vote");
    assert_eq!(x.speaker, None);
    assert_eq!(x.confidence, Some(0.0));
}

/// `Lopez is calling for ...`: a form of `be` before an `-ing` form is the
/// progressive, whose subject is the speaker (before a past participle, `was told`, it
/// hides who spoke: `cue_with_no_source_keeps_a_null_speaker`).
#[test]
fn progressive_verb_keeps_its_subject() {
    let text = format!("{HEAD}Maria Lopez is calling for the council to rebuild the bridge by May. Tom Baker has been saying the money is gone. Ann Carter will not be supporting the mayor in the fall.\n");
    let (_, q) = run(&text);
    let x = item(&q, "the council");
    assert_eq!((x.speaker.as_deref(), cue(x)), (Some("maria-lopez"), Some("calling for")));
    assert_eq!(item(&q, "the money").speaker.as_deref(), Some("tom-baker"));
    assert_eq!(item(&q, "the mayor").speaker.as_deref(), Some("ann-carter"));
}

/// `according to the results`, `according to a recent article in the Gazette`, `the tally says`:
/// results, articles and tallies say things as reports and polls do; the item's
/// speaker is that document, not nobody.
#[test]
fn results_articles_and_tallies_are_document_sources() {
    let text = format!("{HEAD}According to the results, Maria Lopez won 37 percent of the vote. The bridge will cost twice the first estimate, according to a recent article in the Harbour Gazette. The tally says that traffic fell by half.\n");
    let (sp, q) = run(&text);
    for (prefix, name) in [("Maria Lopez won", "results"), ("The bridge will", "article"), ("traffic fell", "tally")] {
        let x = item(&q, prefix);
        let who = speaker_of(&sp, x);
        assert_eq!((who.name.as_str(), who.kind), (name, SpeakerKind::Document), "{prefix}");
    }
}

/// `The poll found that ...`, `the records show ...`: a text says what it finds or shows;
/// the item's speaker is the poll.
#[test]
fn a_document_says_what_it_finds() {
    let text = format!("{HEAD}The new poll found that Maria Lopez leads Tom Baker by ten points.\n");
    let (sp, q) = run(&text);
    let x = item(&q, "Maria Lopez leads");
    let who = speaker_of(&sp, x);
    assert_eq!((who.name.as_str(), who.kind), ("poll", SpeakerKind::Document));
}

/// `Polls show that ...`, `FBI records show ...`: a plural document needs no determiner
/// to speak, when it is the subject of the verb right after it.
#[test]
fn a_bare_plural_document_says_what_it_shows() {
    let text = format!("{HEAD}Polls show that Maria Lopez leads Tom Baker by ten points. FBI records show that Tom Baker met the mayor twice.\n");
    let (sp, q) = run(&text);
    for (content, name) in [("Maria Lopez leads", "polls"), ("Tom Baker met", "FBI records")] {
        let who = speaker_of(&sp, item(&q, content));
        assert_eq!((who.name.as_str(), who.kind), (name, SpeakerKind::Document), "{content}");
    }
}

/// `a group that is calling for ...`, `seems to be saying that ...`: a progressive after
/// a relative or an infinitive has no subject of its own there, and its content is
/// still reported.
#[test]
fn progressive_after_a_relative_still_reports_its_content() {
    let text = format!("{HEAD}Maria Lopez leads a group that is calling for the council to rebuild the bridge. Tom Baker seems to be saying that the money is gone.\n");
    let (_, q) = run(&text);
    assert_eq!(cue(item(&q, "the council")), Some("calling for"));
    // (`seems` frames the report: it is Baker's, and holds what he seems to be saying)
    let x = item(&q, "to be saying");
    assert_eq!(x.text, "to be saying that the money is gone");
    assert_eq!(x.speaker.as_deref(), Some("tom-baker"));
}

/// `The report cited by Maria Lopez was short`: a participle before `by` is passive, and
/// the document before it is not its subject.
#[test]
fn a_document_before_a_passive_participle_does_not_speak() {
    let text = format!("{HEAD}The report cited by Maria Lopez was short.\n");
    let (sp, _) = run(&text);
    assert!(!sp.speakers.iter().any(|s| s.kind == SpeakerKind::Document), "{:#?}", sp.speakers);
}

#[test]
fn participle_takes_the_subject_of_its_clause() {
    let text = format!("{HEAD}Maria Lopez defended the budget on Monday, adding that no school would lose money.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "no school").speaker.as_deref(), Some("maria-lopez"));
}

/// `drafted by Tom Baker, who argued that ...`: the relative clause's verb is the named
/// person's, and the speaker has a mention on `who` (PolNeAR's source span).
#[test]
fn relative_who_takes_the_person_before_it() {
    let text = format!("{HEAD}The plan was drafted by Tom Baker, who argued that tolls would pay for it.\n");
    let (sp, q) = run(&text);
    assert_eq!(item(&q, "tolls").speaker.as_deref(), Some("tom-baker"));
    let baker = sp.speakers.iter().find(|s| s.id == "tom-baker").expect("tom-baker");
    assert!(baker.mentions.iter().any(|m| m.text == "who"), "{:#?}", baker.mentions);
}

#[test]
fn quoted_words_inside_reported_content_make_it_mixed() {
    let text = format!("{HEAD}Maria Lopez said the delay was \"entirely the contractor's fault\" and would end soon.\n");
    let (_, q) = run(&text);
    let x = item(&q, "the delay");
    assert_eq!(x.kind, QuoteKind::Mixed);
    let quoted: Vec<&str> = x.quoted.iter().filter_map(|s| s.slice(&text)).collect();
    assert_eq!(quoted, ["entirely the contractor's fault"]);
}

#[test]
fn direct_quote_after_said_is_not_reported_twice() {
    let text = format!("{HEAD}Maria Lopez said: “The bridge opens in May, and not a day later.”\n");
    let (_, q) = run(&text);
    assert!(reported(&q).is_empty(), "{:#?}", q.quotes);
    assert_eq!(q.quotes.len(), 1);
    assert_eq!(q.quotes[0].kind, QuoteKind::Direct);
}

#[test]
fn quote_with_its_own_cue_is_not_taken_into_reported_content() {
    let text = format!("{HEAD}“We will be fine,” Maria Lopez said, and “the money is there,” she added.\n");
    let (_, q) = run(&text);
    assert!(q.quotes.iter().any(|x| x.kind == QuoteKind::Direct && x.text == "We will be fine,"), "{:#?}", q.quotes);
}

#[test]
fn verb_inside_quote_marks_is_not_a_cue() {
    let text = format!("{HEAD}“Everyone said the bridge would fall down,” Maria Lopez said.\n");
    let (_, q) = run(&text);
    assert!(reported(&q).is_empty(), "{:#?}", q.quotes);
}

#[test]
fn wrote_a_song_is_not_reported_speech() {
    let text = format!("{HEAD}Tom Baker wrote a song about the old ferry and played it at the vote.\n");
    let (_, q) = run(&text);
    assert!(reported(&q).is_empty(), "{:#?}", q.quotes);
}

#[test]
fn said_with_no_content_is_not_an_item() {
    // (`said so` has one: the word that stands for what was said, see
    // `a_one_word_answer_is_the_content`)
    let text = format!("{HEAD}Tom Baker said nothing. Maria Lopez said little.\n");
    let (_, q) = run(&text);
    assert!(reported(&q).is_empty(), "{:#?}", q.quotes);
}

#[test]
fn headline_source_colon_content() {
    let text = "Lopez: The Bridge Will Open In May\n\nMaria Lopez spoke at the harbour on Monday.\n";
    let (_, q) = run(text);
    let x = item(&q, "The Bridge");
    assert_eq!(x.text, "The Bridge Will Open In May");
    assert_eq!(x.rule.as_deref(), Some("colon-source"));
    assert_eq!(x.speaker.as_deref(), Some("maria-lopez"));
}

#[test]
fn a_time_or_a_label_before_a_colon_is_not_a_source() {
    let text = format!("{HEAD}Update: the vote was moved to Friday at noon.\n\nAt 4:40 the council met again for the second time.\n");
    let (_, q) = run(&text);
    assert!(reported(&q).is_empty(), "{:#?}", q.quotes);
}

#[test]
fn a_name_and_its_apposition_before_said_are_its_subject_not_content() {
    let text = format!("{HEAD}Tom Baker, a retired engineer, said the bridge was safe.\n");
    let (_, q) = run(&text);
    let found = reported(&q);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].text, "the bridge was safe");
    assert_eq!(found[0].speaker.as_deref(), Some("tom-baker"));
}

#[test]
fn a_described_subject_with_a_name_in_apposition_is_that_name() {
    // the first phrase names no one; the name set off after it is the subject
    let text = format!("{HEAD}The harbour chief, Tom Baker, suggested that the bridge was an act.\n");
    let (sp, q) = run(&text);
    let x = item(&q, "the bridge was an act");
    assert_eq!(speaker_of(&sp, x).name, "Tom Baker");
}

#[test]
fn a_restrictive_who_gives_its_clause_to_the_phrase_before_it() {
    // `riders` is on no list, and an object: its `who` makes it the source
    let text = format!("{HEAD}The plan drew fire from local riders who argued that the toll was too high.\n");
    let (sp, q) = run(&text);
    let x = item(&q, "the toll was too high");
    let s = speaker_of(&sp, x);
    assert_eq!((s.name.as_str(), s.kind), ("local riders", SpeakerKind::Group));
    assert_eq!(s.mentions.iter().map(|m| m.text.as_str()).collect::<Vec<_>>(), ["who"]);
}

#[test]
fn attitude_verbs_take_their_object_as_content() {
    let text = format!("{HEAD}Tom Baker criticized the toll plan, and Maria Lopez called for a second vote.\n");
    let (_, q) = run(&text);
    let x = item(&q, "the toll plan");
    assert_eq!(x.text, "the toll plan");
    assert_eq!(x.speaker.as_deref(), Some("tom-baker"));
    let y = item(&q, "a second vote");
    assert_eq!(cue(y), Some("called for"));
    assert_eq!(y.speaker.as_deref(), Some("maria-lopez"));
}

#[test]
fn spoke_on_condition_of_anonymity_is_not_content() {
    let text = format!("{HEAD}Two officials spoke on condition of anonymity about the bridge.\n");
    let (_, q) = run(&text);
    assert!(reported(&q).iter().all(|x| !x.text.starts_with("condition")), "{:#?}", q.quotes);
}

#[test]
fn noun_of_speech_takes_its_object_and_its_possessor() {
    let text = format!("{HEAD}Tom Baker's criticism of the toll plan grew louder in May.\n");
    let (_, q) = run(&text);
    let x = item(&q, "the toll plan");
    assert_eq!(cue(x), Some("criticism of"));
    assert_eq!(x.speaker.as_deref(), Some("tom-baker"));
}

#[test]
fn content_stops_before_an_afterthought() {
    let text = format!("{HEAD}Maria Lopez said the bridge would open on time, a swipe at the contractor who had doubted it.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "the bridge").text, "the bridge would open on time");
}

#[test]
fn woven_quote_is_taken_in_even_when_a_cue_follows_later_in_the_sentence() {
    let text = format!("{HEAD}Tom Baker argued that \"tolls\" never pay for bridges, but conceded the vote was fair.\n");
    let (_, q) = run(&text);
    let x = item(&q, "\"tolls\" never pay");
    assert!(x.text.starts_with("\"tolls\" never pay for bridges"), "{}", x.text);
}

#[test]
fn a_long_name_with_a_party_label_is_the_subject() {
    let text = format!("{HEAD}Harbour Council Leader Maria Lopez (Ind.) told reporters that the vote would be held in May.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "the vote").speaker.as_deref(), Some("maria-lopez"));
}

#[test]
fn content_stops_where_a_new_subject_reports_something_else() {
    let text = format!("{HEAD}Maria Lopez said the bridge was safe, and Tom Baker vowed to fight the tolls.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "the bridge").text, "the bridge was safe");
    assert_eq!(item(&q, "to fight").speaker.as_deref(), Some("tom-baker"));
}

#[test]
fn naming_verbs_take_what_is_named_as_content() {
    let text = format!("{HEAD}Tom Baker described the vote as \"a betrayal of the harbour.\"\n");
    let (_, q) = run(&text);
    let x = item(&q, "the vote");
    assert_eq!(x.kind, QuoteKind::Mixed);
    assert_eq!(cue(x), Some("described"));
}

#[test]
fn declining_and_wanting_take_their_infinitive() {
    let text = format!("{HEAD}Tom Baker declined to comment on the vote. Maria Lopez wants the council to reopen the plan.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "to comment").speaker.as_deref(), Some("tom-baker"));
    // who is to act is part of what is wanted (PolNeAR's content), not of the cue
    let x = item(&q, "the council to reopen");
    assert_eq!(cue(x), Some("wants"));
    assert_eq!(x.speaker.as_deref(), Some("maria-lopez"));
}

/// The word before a quote is read from the whitespace before that word, which may be
/// wider than one byte: a no-break space there (`She\u{a0}had “dreamed of ...”`) once hid
/// the word, and the woven quote was taken for a quote of its own.
#[test]
fn quote_woven_after_a_word_behind_a_no_break_space_is_still_mixed() {
    let text = format!("{HEAD}She\u{a0}had “dreamed of sailing since she was six,” her old rowing coach told the paper.\n");
    let (_, q) = run(&text);
    let x = q.quotes.iter().find(|x| x.text.contains("dreamed of sailing")).expect("the quote is found");
    assert_eq!(x.kind, QuoteKind::Mixed, "{:#?}", q.quotes);
}

#[test]
fn content_stops_before_the_subjects_next_verb_of_speech() {
    let text = format!(
        "{HEAD}Lena Ortiz tweeted a photograph of the cracked beam and said the council had ignored it. Tom Reyes criticized the repairs and argued that the beam should go.\n"
    );
    let (_, q) = run(&text);
    let x = item(&q, "the council");
    assert_eq!(x.text, "the council had ignored it");
    assert_eq!(cue(x), Some("said"));
    assert_eq!(item(&q, "a photograph").text, "a photograph of the cracked beam");
    assert_eq!(item(&q, "the repairs").text, "the repairs");
    assert_eq!(item(&q, "the beam should").text, "the beam should go");
}

#[test]
fn an_infinitive_with_a_second_bare_verb_is_one_content() {
    let text = format!("{HEAD}Tom Reyes vowed to fight the toll, and show the council its own figures.\n");
    let (_, q) = run(&text);
    let x = item(&q, "to fight");
    assert_eq!(x.text, "to fight the toll, and show the council its own figures");
}

#[test]
fn a_spaced_hyphen_is_a_dash_that_ends_the_content() {
    let text = format!("{HEAD}Maria Lopez said the bridge would open in May - a date the engineers doubt.\n");
    let (_, q) = run(&text);
    let x = item(&q, "the bridge");
    assert_eq!(x.text, "the bridge would open in May");
}

#[test]
fn the_object_of_an_attitude_may_be_one_name() {
    let text = format!("{HEAD}Maria Lopez endorsed Reyes. Then there was her support for Reyes.\n");
    let (_, q) = run(&text);
    let objects: Vec<(&str, Option<&str>)> = reported(&q).iter().map(|x| (x.text.as_str(), cue(x))).collect();
    assert!(objects.contains(&("Reyes", Some("endorsed"))), "{objects:?}");
    assert!(objects.contains(&("Reyes", Some("support for"))), "{objects:?}");
}

#[test]
fn a_name_in_apposition_closing_the_sentence_belongs_to_the_object() {
    let text = format!("{HEAD}The two fell out over their views on the harbour master, Tom Reyes.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "the harbour").text, "the harbour master, Tom Reyes");
}

#[test]
fn the_speaker_after_a_quotes_cue_is_not_reported_content() {
    let text = format!("{HEAD}\u{201c}She didn\u{2019}t like that,\u{201d} said a longtime adviser to the mayor. \u{201c}She cut the meeting short.\u{201d}\n");
    let (_, q) = run(&text);
    assert!(reported(&q).is_empty(), "{:#?}", q.quotes);
    assert_eq!(q.quotes.iter().filter(|x| x.kind == QuoteKind::Direct).count(), 2);
}

#[test]
fn a_content_in_a_fronted_subordinate_clause_ends_at_its_comma() {
    let text = format!("{HEAD}While organisers say they are close to their goal, the sponsors of past years have not returned.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "they are").text, "they are close to their goal");
}

#[test]
fn an_attitudes_object_ends_before_the_subjects_next_act() {
    let text = format!("{HEAD}Maria Lopez criticized the harbour master and challenged him to a recount.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "the harbour").text, "the harbour master");
}

#[test]
fn a_contrast_after_a_comma_is_the_writers() {
    let text = format!("{HEAD}Maria Lopez said the bridge would open in May, but the engineers have not signed off.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "the bridge").text, "the bridge would open in May");
}

#[test]
fn a_question_put_to_the_subject_is_content_whose_asker_is_unsaid() {
    let text = format!("{HEAD}Asked whether the bridge would open in May, Maria Lopez said the cables were late. When asked about the toll, she smiled.\n");
    let (_, q) = run(&text);
    let x = item(&q, "whether");
    assert_eq!(x.text, "whether the bridge would open in May");
    assert_eq!((cue(x), x.speaker.as_deref()), (Some("Asked"), None));
    assert_eq!(item(&q, "the cables").speaker.as_deref(), Some("maria-lopez"));
}

#[test]
fn an_attitudes_object_ends_before_a_new_clause_or_a_time() {
    let text = format!("{HEAD}Maria Lopez praised the harbour master and he thanked her. Tom Reyes endorsed the toll during a debate on Monday. Her support for the toll back in 2018 was public. Ann Lee criticized the council and its chair.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "the harbour").text, "the harbour master");
    let tolls: Vec<Option<&str>> = reported(&q).iter().filter(|x| x.text == "the toll").map(|x| cue(x)).collect();
    assert_eq!(tolls, [Some("endorsed"), Some("support for")], "{:#?}", q.quotes);
    // a second object stays in
    assert_eq!(item(&q, "the council").text, "the council and its chair");
}

/// `Party officials have told ...`, `Republicans have since denounced ...`: a described
/// group is the source past the auxiliaries and adverbs before its verb, and a phrase
/// with `to` is part of it (`Aides to Lopez say ...`).
#[test]
fn a_described_group_speaks_past_its_auxiliaries() {
    let text = format!(
        "{HEAD}Party officials have told their volunteers that the turnout was strong. Senate Republicans have since argued that the vote was rigged. Aides to Maria Lopez say she will run again.\n"
    );
    let (sp, q) = run(&text);
    for (content, name) in [("the turnout was strong", "Party officials"), ("the vote was rigged", "Senate Republicans"), ("she will run again", "Aides to Maria Lopez")] {
        let who = speaker_of(&sp, item(&q, content));
        assert_eq!((who.name.as_str(), who.kind), (name, SpeakerKind::Group), "{content}");
    }
}

/// `Many thought ...`, `Some say ...`, `Most of the voters said ...`, `Now, 52 percent
/// said ...`: a quantifier that opens its clause before a speech verb stands for people,
/// a group the text does not name further; one inside a clause does not (`the plan
/// helps some say`).
#[test]
fn a_quantifier_that_opens_its_clause_is_a_group_source() {
    let text = format!(
        "{HEAD}Many thought that the bridge would fall. Some say the mayor lied. Most of the voters said they liked the plan. Now, 52 percent said the economy is better. The council approved it, although many said it was rushed. The plan helps some say more.\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(speaker_of(&sp, item(&q, "it was rushed")).name.to_lowercase(), "many");
    assert!(sp.speakers.iter().all(|s| s.name != "some"), "{:#?}", sp.speakers);
    for (content, name) in [("the bridge would fall", "Many"), ("the mayor lied", "Some"), ("they liked the plan", "Most of the voters"), ("the economy is better", "52 percent")] {
        let who = speaker_of(&sp, item(&q, content));
        assert_eq!((who.name.as_str(), who.kind), (name, SpeakerKind::Group), "{content}");
    }
}

/// `The senator believes ...`, `the governor has supported ...`: a person the text named and
/// now describes holds views and recalls as well as speaks, and is still the person
/// named; a described person who only seems (`the senator appeared to ...`) is no source.
#[test]
fn a_described_person_holding_a_view_is_the_person_named_before() {
    let text = format!(
        "{HEAD}Senator Maria Lopez visited the harbour on Monday. The senator believes that the old bridge will collapse again. The senator appeared to enjoy the visit.\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(speaker_of(&sp, item(&q, "the old bridge")).name, "Maria Lopez");
    // (what the senator appeared to do is the writer's hedged report, no one's words)
    let x = item(&q, "The senator appeared");
    assert_eq!((parts(x, &text), x.speaker.as_deref()), (vec!["The senator", "to enjoy the visit"], None));
}

/// `Vice President Tom Baker ... President Maria Lopez ... the president said`: a
/// definite description refers to the person who was given that title, even when
/// another person was named since, and a title of another office (`Vice President`)
/// is not the same title.
#[test]
fn the_president_is_the_person_titled_president_not_the_vice_president() {
    let text = format!(
        "{HEAD}President Maria Lopez met Vice President Tom Baker and Gov. Ann Carter on Monday. Carter spoke first. The president said that the bridge would open in May.\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(speaker_of(&sp, item(&q, "the bridge would open")).name, "Maria Lopez");
}

/// `Most voters endorse the plan`, `Lopez offered no details`, `Baker sought a new
/// bridge`: an attitude verb in any of its forms, and an intention or cognition verb
/// whose infinitive or clause frame does not fit, take their object as the content.
#[test]
fn an_attitude_verb_takes_its_object_in_every_form() {
    let text = format!(
        "{HEAD}Maria Lopez spoke on Monday. Many residents endorse the harbour plan. Lopez offered no details about the cost. Tom Baker sought a new bridge over the river.\n"
    );
    let (sp, q) = run(&text);
    for (content, verb, name) in [("the harbour plan", "endorse", "residents"), ("no details about the cost", "offered", "Maria Lopez"), ("a new bridge over the river", "sought", "Tom Baker")] {
        let x = item(&q, content);
        assert_eq!((cue(x), speaker_of(&sp, x).name.as_str()), (Some(verb), name), "{content}");
    }
}

/// `Lopez's argument that the bridge is unsafe`, `rumors that the mayor will resign`: a
/// noun of speech or belief with a `that` clause reports the clause, its possessor the
/// source; a relative `that` whose subject is the noun (`the rumors that were spread`)
/// reports nothing.
#[test]
fn a_noun_with_a_that_clause_reports_the_clause() {
    let text = format!(
        "{HEAD}Maria Lopez spoke on Monday. The council heard Lopez's argument that the old bridge is unsafe. The town was full of rumors that the mayor will resign soon. Rumors that the port will close spread fast. The rumors that were spread last week came from the port.\n"
    );
    let (sp, q) = run(&text);
    let x = item(&q, "the old bridge is unsafe");
    assert_eq!((x.text.as_str(), cue(x), speaker_of(&sp, x).name.as_str()), ("the old bridge is unsafe", Some("argument that"), "Maria Lopez"));
    assert_eq!(cue(item(&q, "the mayor will resign soon")), Some("rumors that"));
    // a noun opening its sentence: where its clause ends is not known, so nothing
    assert!(reported(&q).iter().all(|x| !x.text.starts_with("the port will close") && !x.text.starts_with("were spread")), "{:#?}", q.quotes);
}

/// `Voters see the bridge as a waste`, `Lopez painted the plan as a betrayal`: a verb
/// of regard takes its object and what it is taken for as the content; without an
/// `as` (`Voters see the bridge every day`) it reports nothing.
#[test]
fn seeing_something_as_something_reports_both() {
    let text = format!(
        "{HEAD}Maria Lopez spoke on Monday. Many voters see the new bridge as a waste of money. Lopez painted the plan as a betrayal of the town. Fishermen see the bridge every day.\n"
    );
    let (sp, q) = run(&text);
    let x = item(&q, "the new bridge as a waste");
    assert_eq!((cue(x), speaker_of(&sp, x).name.as_str()), (Some("see"), "voters"));
    let x = item(&q, "the plan as a betrayal");
    assert_eq!((cue(x), speaker_of(&sp, x).name.as_str()), (Some("painted"), "Maria Lopez"));
    assert!(reported(&q).iter().all(|x| !x.text.starts_with("the bridge every day")), "{:#?}", q.quotes);
}

/// `Lopez decided not to run`: an intention verb reports its infinitive, past a `not`
/// before it. (An attempt, `Baker tried to block the vote`, reports nothing: see
/// `attempts_upkeep_stimuli_and_noun_support_are_not_reports`.)
#[test]
fn an_intention_reports_its_infinitive_past_a_not() {
    let text = format!("{HEAD}Maria Lopez decided not to run for mayor again.\n");
    let (sp, q) = run(&text);
    // (the negation is the content's: what she decided is not to run)
    assert_eq!(speaker_of(&sp, item(&q, "not to run for mayor")).name, "Maria Lopez");
}

/// `Lopez answered by saying that ...`, `Baker left while arguing that ...`: a speech
/// participle after a preposition or a subordinator is the sentence subject's report.
#[test]
fn a_participle_after_by_or_while_is_the_subjects_report() {
    let text = format!(
        "{HEAD}Maria Lopez answered the critics by saying that the bridge was safe. Tom Baker left the hall while arguing that the vote was rigged.\n"
    );
    let (sp, q) = run(&text);
    let x = item(&q, "the bridge was safe");
    assert_eq!((cue(x), speaker_of(&sp, x).name.as_str()), (Some("saying"), "Maria Lopez"));
    let x = item(&q, "the vote was rigged");
    assert_eq!((cue(x), speaker_of(&sp, x).name.as_str()), (Some("arguing"), "Tom Baker"));
}

/// `As Maria Lopez noted, the bridge is older than the town`: a fronted `as` clause
/// ends at its verb, and what it reports is the main clause after the comma.
#[test]
fn a_fronted_as_clause_reports_the_main_clause() {
    let text = format!(
        "{HEAD}As Maria Lopez noted last week, the old bridge is older than the town itself. As expected, Tom Baker said the plan failed. As expected, Tom Baker said no, the council then voted to close the bridge.\n"
    );
    let (sp, q) = run(&text);
    let x = item(&q, "the old bridge is older");
    assert_eq!((cue(x), speaker_of(&sp, x).name.as_str()), (Some("noted"), "Maria Lopez"));
    // a sentence opening with `As expected,` is no `as` clause of the verb's: what
    // follows the verb's comma is not what it reports
    assert_eq!(speaker_of(&sp, item(&q, "the plan failed")).name, "Tom Baker");
    assert!(reported(&q).iter().all(|x| !x.text.starts_with("the council then voted")), "{:#?}", q.quotes);
}

#[test]
fn a_verb_after_but_reports_for_the_subject_of_the_first_report() {
    // `Lopez called it “careless,” but said ...`: the second verb shares the subject of
    // the sentence's first report, not of a report inside it (`would like Ortiz to explain`)
    let text = format!(
        "{HEAD}Last month, Harbour Fire Chief Maria Lopez called the council's handling of the flood drill “deeply careless,” but said the mayor should keep her job.\n\nLee Moss said she would like Tom Reyes to further describe his plans for the ferry but supports his candidacy.\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(speaker_of(&sp, item(&q, "the mayor should")).name, "Maria Lopez");
    assert_eq!(speaker_of(&sp, item(&q, "his candidacy")).name, "Lee Moss");
    // not past a clause with a subject of its own, nor from a fronted clause
    let text = format!(
        "{HEAD}Tom Reyes told Maria Lopez that the plan was dead, and she left the room but said she would return with a new plan.\n\nAfter Tom Reyes said that the bridge would close, Maria Lopez met residents but said the council would pay for the repairs.\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(speaker_of(&sp, item(&q, "she would return")).name, "Maria Lopez");
    assert_eq!(speaker_of(&sp, item(&q, "the council would pay")).name, "Maria Lopez");
}

#[test]
fn a_verb_after_but_with_no_report_before_it_shares_the_first_verbs_subject() {
    // `Ann Cole did not name Reyes, but said ...`: the verb before `but` reports nothing,
    // so the second verb takes its subject as a verb after `and` does, not the object
    // (`Reyes`, `Cole`) nor no one
    let text = format!(
        "{HEAD}Ann Cole, who was speaking to the union, never named Tom Reyes in her speech, but told the members that the mill would stay open.\n\nMaria Lopez held back her ruling on the board's request to question Cole but said the board could ask again in May.\n\nTom Reyes shot down the proposal in February, but claimed the council had misled him.\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(speaker_of(&sp, item(&q, "the mill would")).name, "Ann Cole");
    assert_eq!(speaker_of(&sp, item(&q, "the board could")).name, "Maria Lopez");
    assert_eq!(speaker_of(&sp, item(&q, "the council had")).name, "Tom Reyes");
    // a pronoun's `'s` is `is`, not a possessive: `She's` is the subject, not the name
    // after it
    let text = format!("{HEAD}Maria Lopez spoke last.\n\nShe's a Reyes voter but admits that few of her neighbours like the toll.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_of(&sp, item(&q, "few of her")).name, "Maria Lopez");
}

#[test]
fn a_second_verb_takes_the_subject_after_a_fronted_phrase_not_a_name_in_it() {
    // `Along with her husband, Paul Brandt, Maria Lopez runs ... but says`: the names in a
    // phrase a preposition opens, and one in apposition to it, are not the subject the
    // verb after `but` or `and` shares; a name with an aside after it still is
    let text = format!(
        "{HEAD}Along with her husband, Paul Brandt, Maria Lopez runs a bakery in Eastvale but says that rents are too high.\n\nAlong with her husband, Milton Cole, a banker, Ann Cole has given to several charities, but plans to back one.\n\nWith help from Ann Cole and Sam Ortiz, Dana Whitfield raised the money but warned that costs would rise.\n\nJoined by Tom Reyes and Paul Brandt, Ann Cole toured the site and said the work was behind.\n\nUnlike his brother, Tom Reyes, Sam Reyes stayed in Eastvale but says he follows the council.\n\nIn the interview, Whitfield, who backed Cole in May, repeated her view and stressed the need for calm.\n\nIn a statement, Sen. Ruth Kemp (D-Ore.) blasted the board and said the state had paid its share.\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(speaker_of(&sp, item(&q, "rents are")).name, "Maria Lopez");
    // (past a description of the name in apposition: `..., Milton Cole, a banker, Ann Cole`)
    assert_eq!(speaker_of(&sp, item(&q, "to back one")).name, "Ann Cole");
    assert_eq!(speaker_of(&sp, item(&q, "costs would")).name, "Dana Whitfield");
    assert_eq!(speaker_of(&sp, item(&q, "the work was")).name, "Ann Cole");
    assert_eq!(speaker_of(&sp, item(&q, "he follows")).name, "Sam Reyes");
    assert_eq!(speaker_of(&sp, item(&q, "the need for calm")).name, "Dana Whitfield");
    assert_eq!(speaker_of(&sp, item(&q, "the state had")).name, "Ruth Kemp");
    // (a chain of descriptions after the subject is not a subject after an apposition)
    let (sp, q) = run(&format!("{HEAD}In Eastvale, Tom Reyes, the mayor, a Democrat, said the pier was safe and added that it would reopen.\n"));
    assert_eq!(speaker_of(&sp, item(&q, "it would reopen")).name, "Tom Reyes");
}

#[test]
fn a_second_verb_takes_the_main_clauses_subject_after_a_fronted_clause_of_time() {
    // `As Reyes spoke, Cole shook her head but later told ...`: the clause of time's
    // subject is not the main clause's
    let text = format!(
        "{HEAD}Tom Reyes and Ann Cole met on Monday.\n\nAs Reyes spoke, Cole shook her head but later told reporters she agreed with him.\n\nBefore Reyes spoke, Cole left the room but later said she had heard enough.\n\nBy the time Cole arrived, Reyes had left but said he would call her.\n\nJust before Cole spoke, Reyes left the hall and said he had a train to catch.\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(speaker_of(&sp, item(&q, "she agreed")).name, "Ann Cole");
    assert_eq!(speaker_of(&sp, item(&q, "she had heard")).name, "Ann Cole");
    assert_eq!(speaker_of(&sp, item(&q, "he would call")).name, "Tom Reyes");
    assert_eq!(speaker_of(&sp, item(&q, "he had a train")).name, "Tom Reyes");
}

#[test]
fn a_name_that_says_whose_aide_the_subject_is_is_not_the_subject() {
    // `Former Cole aide Dana Whitfield left ... but said`: `Cole` says whose aide she is
    let text = format!(
        "{HEAD}Ann Cole and Tom Reyes met on Monday.\n\nFormer Cole aide Dana Whitfield left the party but said she still admired the mayor.\n\nReyes supporter Maria Lopez voted no and said she still backs him.\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(speaker_of(&sp, item(&q, "she still admired")).name, "Dana Whitfield");
    assert_eq!(speaker_of(&sp, item(&q, "she still backs")).name, "Maria Lopez");
    // `but both said` keeps its own subject, the two of them
    let text = format!("{HEAD}Tom Reyes and Ann Cole rarely agree, but both said the bridge must be fixed.\n");
    let (sp, q) = run(&text);
    assert_ne!(speaker_of(&sp, item(&q, "the bridge must")).name, "Tom Reyes");
}

#[test]
fn misreadings_of_the_fronted_phrase_and_role_rules_found_in_review() {
    // A review of the rules above: a prepositional or time phrase with no comma of its
    // own, a subject after a lower-case title or adjective, a name in an apposition's
    // description, a role noun after a verb, and a name that modifies a noun
    let cases: &[(&str, &str, Option<&str>)] = &[
        ("In 2019 Tom Reyes won the seat, beating Ann Cole, and said the result was a mandate.", "the result was", Some("Tom Reyes")),
        ("In a statement Tom Reyes criticised Ann Cole, who had blocked the plan, and said the vote was unfair.", "the vote was", Some("Tom Reyes")),
        ("Following the vote Reyes thanked Cole, his rival, and said the city had spoken.", "the city had", Some("Tom Reyes")),
        ("In a statement Reyes called Cole \"reckless, and worse,\" and said she should resign.", "she should resign", Some("Tom Reyes")),
        ("Cole spoke first, and at the end of the night Reyes, the mayor, thanked her and said she was right.", "she was right", Some("Tom Reyes")),
        ("In Harbour Town, former mayor Tom Reyes opened the fair and said it was the best yet.", "it was the", Some("Tom Reyes")),
        ("At the meeting, council member Ann Cole spoke first and said the budget was short.", "the budget was", Some("Ann Cole")),
        ("On Monday, only Reyes voted no and said the toll was unfair.", "the toll was", Some("Tom Reyes")),
        ("In court, an emotional Ann Cole testified and said she had been threatened.", "she had been", Some("Ann Cole")),
        ("At the hearing, Ann Cole, a Reyes ally, backed the plan and said it was fair.", "it was fair", Some("Ann Cole")),
        ("In court, Paul Brandt, a Cole family friend, testified and said she had been at home.", "she had been", Some("Paul Brandt")),
        ("As usual Reyes arrived late, apologising to the board, and said traffic was to blame.", "traffic was to", Some("Tom Reyes")),
        ("As a rule Cole avoids Reyes, her rival, but says she bears him no grudge.", "she bears him", Some("Ann Cole")),
        ("After the vote Reyes thanked Cole, his rival, and said the city had spoken.", "the city had", Some("Tom Reyes")),
        ("Since 2019 Maria Lopez has run a bakery in Eastvale, a town near Harbour Town, and says rents have doubled.", "rents have doubled", Some("Maria Lopez")),
        ("Once again Reyes opposed the toll, calling it unfair, and said shoppers would suffer.", "shoppers would suffer", Some("Tom Reyes")),
        ("After the vote, Mayor Tom Reyes thanked the staff and said the city had spoken.", "the city had", Some("Tom Reyes")),
        ("Before the vote, Harbour Town Mayor Tom Reyes met Cole and said the toll would stay.", "the toll would", Some("Tom Reyes")),
        ("After two years in office, the embattled mayor Tom Reyes still backs the toll and says it is needed.", "it is needed", Some("Tom Reyes")),
        ("Although the hall was full, a Cole aide left early and said the meeting was a waste.", "the meeting was", None),
        ("When the polls closed, the Reyes family gathered at home and said they were proud.", "they were proud", None),
        ("Tom Reyes called rival Ann Cole a liar and said she had lied about the budget.", "she had lied", Some("Tom Reyes")),
        ("Tom Reyes hired lawyer Paul Brandt and said he expected to win the case.", "he expected to", Some("Tom Reyes")),
        ("Ann Cole met opponent Dana Whitfield on Monday and said the race would be close.", "the race would", Some("Ann Cole")),
        // (the aide, whom an indefinite phrase describes, reads and says: the aide's,
        // never Reyes's)
        ("At the hearing, a Reyes aide read a statement and said the mayor was ill.", "the mayor was", Some("a Reyes aide")),
    ];
    for (sentence, content, speaker) in cases {
        let text = format!("{HEAD}Tom Reyes is the mayor of Harbour Town. Ann Cole sits on the Eastvale council. Paul Brandt is a lawyer in Harbour Town. Maria Lopez runs a bakery in Eastvale. Dana Whitfield chairs the harbour board.\n\n{sentence}\n");
        let (sp, q) = run(&text);
        let x = item(&q, content);
        let got = x.speaker.as_ref().map(|_| speaker_of(&sp, x).name.as_str());
        assert_eq!(got, *speaker, "{sentence}");
    }
}

#[test]
fn a_verb_after_and_in_a_relative_clause_is_its_subjects_and_a_name_in_a_closed_aside_is_not() {
    // `..., the next speaker was Cole, who thanked the staff and said`: the `and` goes on
    // from the relative `who`, so the report is Cole's; `The council, which Ann Cole
    // chairs, approved ... but warned`: the aside is closed before the `but`, so Cole is
    // not the subject; `the toll, which Reyes had labelled a scandal and vowed to
    // end`: the `and` is the aside's own, so Reyes is
    let intro = "Tom Reyes is the mayor of Harbour Town. Ann Cole sits on the Eastvale council. Sam Ortiz works at Northgate Mills.";
    let named: &[(&str, &str, &str)] = &[
        ("After Reyes, the next speaker was Cole, who thanked the staff and said the toll must go.", "the toll must", "Ann Cole"),
        ("When Reyes left, the next speaker was Cole, who thanked the staff and said the toll must go.", "the toll must", "Ann Cole"),
        ("Reyes praised Cole, who thanked him and said she was honoured.", "she was honoured", "Ann Cole"),
        ("And the toll, which Reyes had labelled a scandal and vowed to end?", "to end", "Tom Reyes"),
    ];
    for (sentence, content, speaker) in named {
        let (sp, q) = run(&format!("{HEAD}{intro}\n\n{sentence}\n"));
        assert_eq!(speaker_of(&sp, item(&q, content)).name, *speaker, "{sentence}");
    }
    let not_named: &[(&str, &str, &str)] = &[
        ("The council, which Ann Cole chairs, approved the plan but warned that money was short.", "money was short", "ann-cole"),
        ("Residents of Eastvale, Ann Cole among them, signed the petition but said they expected to lose.", "they expected", "ann-cole"),
        ("The mill, which Ortiz has run since 2010, cut jobs but said it would hire in spring.", "it would hire", "sam-ortiz"),
        ("The workers, whom Reyes met on Monday, cheered but said they were still worried.", "they were still", "tom-reyes"),
    ];
    for (sentence, content, not) in not_named {
        let (_, q) = run(&format!("{HEAD}{intro}\n\n{sentence}\n"));
        assert_ne!(item(&q, content).speaker.as_deref(), Some(*not), "{sentence}");
    }
}

#[test]
fn a_described_subject_with_a_name_inside_takes_the_name_in_apposition() {
    // `One teacher supporting Mr. Reyes, Sam Ortiz of ..., said`: the name the first
    // phrase holds is an object; the name right after its comma is the subject
    let text = format!(
        "{HEAD}One teacher supporting Mr. Reyes, Sam Ortiz of the Eastvale Rowing Club, said he had knocked on more than 300 doors in the district.\n\nThe harbour master spoke on Monday.\n\nHis critics in Port Avery, many of them retired fishermen, argue that the harbour master is hiding the repair bills.\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(speaker_of(&sp, item(&q, "he had knocked")).name, "Sam Ortiz");
    // `many of them` (a group the speakers stage marks) is no name in apposition
    let critics = item(&q, "the harbour master is hiding");
    assert_ne!(critics.speaker.as_deref(), Some("many"), "{critics:#?}");
}

#[test]
fn the_cue_of_a_quote_reports_nothing_after_its_verb() {
    // `“...,” Lopez said 20 minutes into the hearing`, `“...,” Reyes told a crowd in
    // Eastvale`: what follows the cue of a quote that opens its sentence is no content
    let text = format!(
        "{HEAD}“I cannot believe how calm the room has stayed,” Maria Lopez said 20 minutes into the hearing.\n\n“We still have a bridge to build,” Tom Reyes told a cheering crowd in Harbour Town on Tuesday night.\n"
    );
    let (_, q) = run(&text);
    assert!(reported(&q).is_empty(), "{:#?}", reported(&q));
    // a relative clause after the quote reports on its own, its relative word the
    // subject of what it reports
    let text = format!("{HEAD}“She has been very strict with the parking rule,” which Lee Moss thinks will lead shoppers to stay away.\n");
    let (_, q) = run(&text);
    assert!(reported(&q).iter().any(|x| x.text.starts_with("which Lee Moss thinks will lead shoppers")), "{:#?}", reported(&q));
}

#[test]
fn a_quote_that_opens_its_sentence_does_not_hide_a_report_after_it() {
    // a title woven into the sentence (`On Harbour TV's “Morning Desk,” Lopez admitted that`)
    // and a cue whose verb opens content (`told the Post that`) still report
    let text = format!(
        "{HEAD}Speaking Friday on Harbour TV’s “Morning Desk,” Maria Lopez admitted the date in her speech was wrong.\n\n“He will not attend,” the mayor’s spokeswoman told the Harbour Post that Tom Reyes plans to miss the regatta.\n"
    );
    let (_, q) = run(&text);
    assert!(reported(&q).iter().any(|x| x.text.starts_with("the date in her speech")), "{:#?}", reported(&q));
    assert!(reported(&q).iter().any(|x| x.text.starts_with("Tom Reyes plans")), "{:#?}", reported(&q));
}

/// `Still, she said, the council has to ...`, `In the late 1980s, Ms. Lopez said, when
/// ...`: an adverbial that opens the sentence before a cue clause is the sentence's, not
/// what was said; the content is what follows the cue clause, and a subordinate clause
/// that opens it runs on past its comma.
#[test]
fn an_opening_adverbial_before_a_parenthetical_cue_is_not_content() {
    let text = format!(
        "{HEAD}Maria Lopez spoke on Monday. Still, she said, the council has to choose who pays for the bridge.\n\nIn the late 1980s, Ms. Lopez said, when she was paid $31,000 a year, a landlord doubled her rent.\n"
    );
    let (sp, q) = run(&text);
    let x = item(&q, "the council");
    assert_eq!(x.text, "the council has to choose who pays for the bridge");
    assert_eq!(speaker_of(&sp, x).name, "Maria Lopez");
    assert_eq!(cue(x), Some("said"));
    assert_eq!(item(&q, "when she").text, "when she was paid $31,000 a year, a landlord doubled her rent");
    assert!(reported(&q).iter().all(|x| !x.text.starts_with("Still") && !x.text.starts_with("In the late")), "{:#?}", q.quotes);
}

/// `One of the engineers, Tom Reyes, said Lopez's plan will ...`: a name with a
/// possessive after the verb is the content's, not the verb's inverted subject; the
/// subject is the apposed name before it.
#[test]
fn a_possessive_name_after_said_is_not_its_inverted_subject() {
    let text = format!("{HEAD}One of the engineers on the survey, Tom Reyes, said Maria Lopez’s plan will finally fix the pier.\n");
    let (sp, q) = run(&text);
    let x = item(&q, "Maria Lopez’s plan");
    assert_eq!(speaker_of(&sp, x).name, "Tom Reyes");
    assert!(reported(&q).iter().all(|x| !x.text.starts_with("One of")), "{:#?}", q.quotes);
}

/// `X said the services hacked the computers and she accused Y of ...`: a pronoun
/// subject and its reporting verb after `and` open the next attribution.
#[test]
fn and_with_a_pronoun_and_a_reporting_verb_ends_the_content() {
    let text = format!("{HEAD}Maria Lopez said the builders cut corners on the bridge and she accused Tom Reyes of hiding it.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "the builders").text, "the builders cut corners on the bridge");
}

/// `criticized the plan to spend $24,000 on a study`: a thousands separator is no
/// clause boundary, so the object runs on past it.
#[test]
fn a_thousands_separator_does_not_end_the_content() {
    let text = format!("{HEAD}Maria Lopez criticized the plan to spend $24,000 on a study of the bridge.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "the plan").text, "the plan to spend $24,000 on a study of the bridge");
}

/// `The water board said about half of the increase went to ...`: an approximate
/// quantity after the verb opens the content's subject, not an adverbial (`said about
/// the plan`).
#[test]
fn an_approximate_quantity_after_said_opens_the_content() {
    let text = format!("{HEAD}Maria Lopez said about half of the money went to the bridge. Tom Reyes said nearly 40 percent of it was wasted.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "about half").text, "about half of the money went to the bridge");
    assert_eq!(item(&q, "nearly 40").text, "nearly 40 percent of it was wasted");
}

/// `The group, which represents farmers, said the plan would fail`: a relative clause
/// set off before the verb belongs to its subject; it is not content said by someone
/// after the verb.
#[test]
fn a_relative_clause_set_off_before_said_is_the_subjects() {
    let text = format!("{HEAD}The group, which represents farmers, said the bridge would fail.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "the bridge").text, "the bridge would fail");
    assert!(reported(&q).iter().all(|x| !x.text.starts_with("The group")), "{:#?}", q.quotes);
}

/// `Her husband was free, the president told her.`: a cue clause after the content
/// may hold the addressee of `told`; what comes before it is the content.
#[test]
fn a_content_before_told_and_its_addressee_is_reported() {
    let text = format!("{HEAD}Maria Lopez spoke on Monday. The bridge will open in May, the mayor told her. The repairs are done, Tom Reyes told reporters on Tuesday.\n");
    let (sp, q) = run(&text);
    let x = item(&q, "The bridge");
    assert_eq!(x.text, "The bridge will open in May");
    assert_eq!(cue(x), Some("told"));
    let y = item(&q, "The repairs");
    assert_eq!(y.text, "The repairs are done");
    assert_eq!(speaker_of(&sp, y).name, "Tom Reyes");
}

/// `The Gazette reported at least six boats struck the pier`: `at least` and a number open the
/// content, not an adverbial of the verb.
#[test]
fn at_least_and_a_number_after_reported_open_the_content() {
    let text = format!("{HEAD}The Harbour Post reported at least six boats struck the bridge last year.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "at least").text, "at least six boats struck the bridge last year");
}

/// `Lopez, who says the bridge is unsafe, said the council ...`: the content of the
/// relative clause ends where the subject's own verb of speech follows its comma.
#[test]
fn the_content_of_a_relative_clause_ends_at_the_subjects_verb() {
    let text = format!("{HEAD}Maria Lopez, who says the bridge is unsafe, said the council should close it.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "the bridge").text, "the bridge is unsafe");
    assert_eq!(item(&q, "the council").text, "the council should close it");
}

/// `Polls show Lopez trailing Reyes`, `A survey by the union in June found Reyes
/// with a lead`, `..., new filings show.`: what a poll, a study or a record shows or
/// finds is reported, its object and what is said of it; a person who finds something
/// (`Reyes found the keys`) reports nothing.
#[test]
fn what_a_poll_or_a_record_shows_or_finds_is_reported() {
    let text = format!(
        "{HEAD}Polls show Maria Lopez slightly trailing Tom Reyes in the harbour district. A survey by the ferry union in June found Tom Reyes with a lead of 52 percent to 39 percent. More than half of the money went to the bridge, new filings show. Tom Reyes found the keys to the old bridge.\n"
    );
    let (_, q) = run(&text);
    let x = item(&q, "Maria Lopez slightly");
    assert_eq!(x.text, "Maria Lopez slightly trailing Tom Reyes in the harbour district");
    assert_eq!(cue(x), Some("show"));
    assert_eq!(item(&q, "Tom Reyes with").text, "Tom Reyes with a lead of 52 percent to 39 percent");
    assert_eq!(item(&q, "More than half").text, "More than half of the money went to the bridge");
    assert!(reported(&q).iter().all(|x| !x.text.starts_with("the keys")), "{:#?}", q.quotes);
}

/// `..., Lopez said, when asked whether she would run again.`, `Reyes asked former Mayor
/// Ann Carter whether ...`: the question is reported wherever `when asked` stands, and
/// past an addressee of a few words; not past the object's own phrase (`asked him to
/// repair the fence no matter who ...`).
#[test]
fn when_asked_mid_sentence_and_asked_an_addressee_whether() {
    let text = format!(
        "{HEAD}“We will see,” Maria Lopez said when asked whether she would run again.\n\nTom Reyes asked former Mayor Ann Carter whether the bridge was safe. Tom Reyes asked her to repair the fence no matter who pays for it.\n"
    );
    let (sp, q) = run(&text);
    let x = item(&q, "whether she would");
    assert_eq!(x.text, "whether she would run again");
    assert_eq!(x.speaker, None, "the text does not say who asked");
    let y = item(&q, "whether the bridge");
    assert_eq!(speaker_of(&sp, y).name, "Tom Reyes");
    assert!(reported(&q).iter().all(|x| !x.text.starts_with("who pays")), "{:#?}", q.quotes);
}

/// `Right now, the board is “trying every option,” she said.`, `Lopez said that
/// whatever voters decide, “they should not ...”`: a quote whose cue is the report's own
/// verb, woven into its content or right after it across a comma, is the report's quoted
/// words: one mixed item, not a fragment and a quote.
#[test]
fn a_quote_with_the_reports_own_cue_joins_its_content() {
    let text = format!(
        "{HEAD}Right now, the board is “trying every option to save the pier,” Maria Lopez said.\n\nTom Reyes said that whatever the council decides, “it should not close the harbour.”\n\nThe report said the bridge was unsafe.\n\n“This is a major problem.”\n"
    );
    let (_, q) = run(&text);
    let x = item(&q, "Right now");
    assert_eq!(x.kind, QuoteKind::Mixed);
    assert!(x.text.contains("trying every option"), "{x:#?}");
    let y = item(&q, "whatever the council");
    assert_eq!(y.kind, QuoteKind::Mixed);
    assert!(y.text.contains("it should not close the harbour"), "{y:#?}");
    assert_eq!(q.quotes.iter().filter(|x| x.kind == QuoteKind::Direct).map(|x| x.text.as_str()).collect::<Vec<_>>(), ["This is a major problem."], "a quote after the sentence's end stands alone");
}

/// `told the crowd the bridge would open`, `telling the class of 2014, “...”`: a
/// determiner opens the addressee, whose noun comes after it; the content is the clause
/// after the addressee, and without one there is no content (`class of 2014` is not).
#[test]
fn an_addressee_opened_by_a_determiner_is_not_content() {
    let text = format!("{HEAD}Maria Lopez told the crowd the bridge would open in May. Tom Reyes spoke later, telling the class of 2014, “Work hard and be humble.”\n");
    let (_, q) = run(&text);
    let x = item(&q, "the bridge");
    assert_eq!(x.text, "the bridge would open in May");
    assert_eq!(cue(x), Some("told the crowd"));
    assert!(q.quotes.iter().all(|x| !x.text.starts_with("class of")), "{:#?}", q.quotes);
}

/// Verbs in senses that report nothing: an attempt (`tried to cut off ...`), keeping
/// something up (`maintains a lead`; `maintains that ...` still reports), a response's
/// stimulus (`In response to questions from residents`), and `support` used as a noun
/// (`His 27% support gives him ...`; `support for the plan` still reports).
#[test]
fn attempts_upkeep_stimuli_and_noun_support_are_not_reports() {
    let text = format!(
        "{HEAD}Tom Reyes tried to cut off the funding. Maria Lopez maintains a commanding lead in the polls. In response to questions from residents, the engineers stayed quiet. His 27% support gives him an edge. Maria Lopez maintains that the bridge is safe. Tom Reyes voiced support for the new bridge.\n"
    );
    let (_, q) = run(&text);
    let texts: Vec<&str> = reported(&q).iter().map(|x| x.text.as_str()).collect();
    assert_eq!(texts, ["the bridge is safe", "the new bridge"], "{:#?}", q.quotes);
}

/// `Lopez says, rain or shine on Saturday, the market will open`: a short
/// phrase set off by commas after the verb opens the content when a clause follows it.
#[test]
fn a_phrase_set_off_after_says_opens_the_content() {
    let text = format!("{HEAD}Maria Lopez says, rain or shine on Saturday, the market will open.\n");
    let (sp, q) = run(&text);
    let x = item(&q, "rain or shine");
    assert_eq!(x.text, "rain or shine on Saturday, the market will open");
    assert_eq!(speaker_of(&sp, x).name, "Maria Lopez");
}

/// From a review of this session's rules, sentences they must not misread:
/// - `Tom Reyes opposes the new bridge, Maria Lopez said.`: a front with a report of its
///   own is still the content of the cue after it;
/// - `Maria Lopez said crime rose last year, and the mayor said he would ...`: a new
///   subject opened by a determiner ends the content before its own report;
/// - `Asked about the delay, Maria Lopez told reporters.`: a participle phrase is no
///   content of `told`;
/// - `Police asked drivers in the area who saw the crash to call`: `who` after an
///   addressee opens a relative, not a question;
/// - `Maria Lopez said, in a statement on Tuesday, the council would vote`: the cue's own
///   adverbial is not content;
/// - `The senators argued over two amendments`: `over two` is no approximate quantity there;
/// - `Maria Lopez said voters were angry and they wanted answers`: `and they wanted` does
///   not end the content.
#[test]
fn sentences_the_new_rules_must_not_misread() {
    let text = format!(
        "{HEAD}Tom Reyes opposes the new bridge, Maria Lopez said.\n\nMaria Lopez said crime rose last year, and the mayor said he would hire more officers.\n\nAsked about the delay, Maria Lopez told reporters.\n\nPolice asked drivers in the area who saw the crash to call the hotline.\n\nMaria Lopez said, in a statement on Tuesday, the council would vote in May.\n\nThe senators argued over two amendments for most of the night.\n\nMaria Lopez said voters were angry and they wanted answers from the council.\n"
    );
    let (sp, q) = run(&text);
    let x = item(&q, "Tom Reyes opposes");
    assert_eq!(speaker_of(&sp, x).name, "Maria Lopez");
    assert_eq!(item(&q, "crime rose").text, "crime rose last year");
    assert_eq!(item(&q, "he would hire").text, "he would hire more officers");
    assert_eq!(item(&q, "the council would").text, "the council would vote in May");
    assert_eq!(item(&q, "voters were").text, "voters were angry and they wanted answers from the council");
    let texts: Vec<&str> = reported(&q).iter().map(|x| x.text.as_str()).collect();
    assert!(texts.iter().all(|t| !t.starts_with("Asked") && !t.starts_with("who saw") && !t.starts_with("in a statement") && !t.starts_with("over two")), "{texts:#?}");
}

/// `Lopez maintains he did nothing wrong`: a subject pronoun right after a verb that
/// takes only a `that` clause opens one (a noun there is its object: `maintains a lead`).
/// `Harbour: Tom Reyes, Ann Carter and Maria Lopez.`: a list of names after a colon is no
/// content of the word before it, nor is a credit line (`Contributing: ...`).
#[test]
fn a_pronoun_after_a_that_verb_opens_its_clause_and_a_list_of_names_is_no_content() {
    let text = format!(
        "{HEAD}Maria Lopez maintains he did nothing wrong. Tom Reyes maintains a lead in the polls.\n\nHarbour: Tom Reyes, Ann Carter, Joe Baker and Maria Lopez.\n\nContributing: Ann Carter in Harbour Town and Joe Baker in the city.\n"
    );
    let (_, q) = run(&text);
    assert_eq!(item(&q, "he did").text, "he did nothing wrong");
    let texts: Vec<&str> = reported(&q).iter().map(|x| x.text.as_str()).collect();
    assert_eq!(texts, ["he did nothing wrong"], "{:#?}", q.quotes);
}

#[test]
fn an_object_that_is_a_list_runs_to_its_last_item() {
    let text = format!("{HEAD}Maria Lopez criticized the council for low growth, unemployment and rising rents.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "the council").text, "the council for low growth, unemployment and rising rents");
}

#[test]
fn a_comma_before_an_adverbial_or_a_new_clause_still_ends_an_object() {
    // a preposition or a participle after the comma opens no item of a list
    let text = format!("{HEAD}Maria Lopez praised the mayor, at a luncheon with donors and staff.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "the mayor").text, "the mayor");
    // `Sunday, both X and Y referred ...`: the last item has a verb of its own
    let text = format!("{HEAD}Maria Lopez criticized the plan on Sunday, both the mayor and the council voted for it.\n");
    let (_, q) = run(&text);
    assert!(!item(&q, "the plan").text.contains("voted"), "{:#?}", q.quotes);
}

#[test]
fn a_quote_then_a_new_report_are_two_items() {
    let text = format!("{HEAD}Maria Lopez said the bridge is “a disgrace.” She said the council must pay for it.\n");
    let (_, q) = run(&text);
    assert!(item(&q, "the bridge").text.contains("“a disgrace"), "{:#?}", q.quotes);
    assert_eq!(item(&q, "the council").text, "the council must pay for it");
}

#[test]
fn who_is_to_act_is_part_of_what_is_wanted_or_urged() {
    let text = format!("{HEAD}Maria Lopez wants all ferries in the harbour to be inspected.\n\nTom Reyes urged the council to drop the plan.\n\nDana Ortiz expects the mayor to resign.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "all ferries").text, "all ferries in the harbour to be inspected");
    assert_eq!(item(&q, "the council").text, "the council to drop the plan");
    assert_eq!(item(&q, "the mayor").text, "the mayor to resign");
    // the one told is only the addressee
    let text = format!("{HEAD}Maria Lopez told the council to drop the plan.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "to drop").text, "to drop the plan");
}

#[test]
fn a_new_subject_counted_out_of_a_group_ends_the_content() {
    let text = format!("{HEAD}Seven in 10 voters said the ferry is reliable, and two-thirds said the same of the bus.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "the ferry").text, "the ferry is reliable");
}

#[test]
fn a_comparison_or_a_concession_after_a_comma_ends_the_content() {
    let text = format!("{HEAD}Most voters said they like the bridge, compared with 40 percent who said so last year.\n\nMaria Lopez said the bridge is safe, however the council disagrees.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "they like").text, "they like the bridge");
    assert_eq!(item(&q, "the bridge is").text, "the bridge is safe");
}

#[test]
fn a_two_word_infinitive_is_content() {
    let text = format!("{HEAD}A spokesman for the council declined to comment.\n");
    let (_, q) = run(&text);
    assert_eq!(cue(item(&q, "to comment")), Some("declined"));
}

#[test]
fn a_named_subject_keeps_its_apposition_and_relative_clause() {
    let text = format!("{HEAD}Maria Lopez said Tom Reyes, the brother of the mayor, who ran the ferry for years, is wrong about the bridge.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "Tom Reyes").text, "Tom Reyes, the brother of the mayor, who ran the ferry for years, is wrong about the bridge");
}

#[test]
fn a_place_with_its_region_stays_in_the_addressee() {
    let text = format!("{HEAD}Maria Lopez told a forum in Millbrook, Oregon on Tuesday that the bridge is safe.\n");
    let (_, q) = run(&text);
    let x = item(&q, "the bridge");
    assert_eq!(x.text, "the bridge is safe");
    assert_eq!(cue(x), Some("told a forum in Millbrook, Oregon on Tuesday"));
}

#[test]
fn a_negated_infinitive_keeps_its_negation() {
    // `vowed to vote for him` is the opposite of what was vowed
    let text = format!("{HEAD}Maria Lopez vowed not to vote for the bridge.\n\nTom Reyes told Dana Ortiz not to worry about the vote.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "not to vote").text, "not to vote for the bridge");
    let x = item(&q, "not to worry");
    assert_eq!(cue(x), Some("told Dana Ortiz"));
}

#[test]
fn a_second_predicate_after_but_stays_in_the_content() {
    let text = format!("{HEAD}Maria Lopez said the bridge isn’t good for the town, but will make the builders rich.\n\nTom Reyes said the plan is dead, but the council disagrees.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "the bridge").text, "the bridge isn’t good for the town, but will make the builders rich");
    assert_eq!(item(&q, "the plan").text, "the plan is dead");
}

#[test]
fn a_question_put_to_the_subject_opens_past_its_adverbials() {
    let text = format!("{HEAD}Asked on Harbour Radio who leads the council, Maria Lopez said nobody does.\n\nTom Reyes spoke to the paper when asked which candidate he would back.\n\nAsked Tuesday about the bridge, Dana Ortiz said it was safe.\n");
    let (_, q) = run(&text);
    assert_eq!(cue(item(&q, "who leads the council")), Some("Asked on Harbour Radio"));
    assert_eq!(item(&q, "which candidate").text, "which candidate he would back");
    assert_eq!(item(&q, "about the bridge").text, "about the bridge");
}

#[test]
fn what_a_question_was_about_is_its_content() {
    let text = format!("{HEAD}Tom Reyes asked the mayor about statements she had made the night before.\n");
    let (_, q) = run(&text);
    let x = item(&q, "about statements");
    assert_eq!(cue(x), Some("asked the mayor"));
}

#[test]
fn a_named_addressee_after_the_is_followed_by_the_content() {
    let text = format!("{HEAD}Tom Reyes told the Harbour Herald he has sold most of the tickets.\n");
    let (_, q) = run(&text);
    let x = item(&q, "he has sold");
    assert_eq!(cue(x), Some("told the Harbour Herald"));
}

#[test]
fn a_subject_with_its_apposition_told_an_addressee_a_clause() {
    // not `..., officials told reporters.`: a clause follows the addressee
    let text = format!("{HEAD}One resident not on the committee, Grace Okafor, told the Herald she would vote against the toll.\n");
    let (sp, q) = run(&text);
    let x = item(&q, "she would vote");
    assert_eq!(speaker_of(&sp, x).name, "Grace Okafor");
    assert!(reported(&q).iter().all(|x| !x.text.starts_with("One resident")), "{:#?}", q.quotes);
}

#[test]
fn a_subject_after_a_word_that_opens_a_clause_speaks() {
    // `after` and `as` govern a whole clause here, not a noun: the name after them is the
    // subject of the verb of speech that follows it
    let text = format!(
        "{HEAD}The vote was delayed last week after Maria Lopez said that the bridge was unsafe.\n\n\
         The council met again, with Tom Becker saying that the money had run out.\n\n\
         A spokesman for Maria Lopez said the plan was dead.\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(speaker_of(&sp, item(&q, "the bridge was")).name, "Maria Lopez");
    assert_eq!(speaker_of(&sp, item(&q, "the money")).name, "Tom Becker");
    // (a preposition's object is still no subject)
    assert_ne!(item(&q, "the plan").speaker.as_deref(), Some("maria-lopez"));
}

#[test]
fn a_share_of_a_group_speaks_for_the_group() {
    let text = format!("{HEAD}Voters in the town are split.\n\nAbout half of the voters said they wanted the bridge rebuilt.\n");
    let (sp, q) = run(&text);
    let x = item(&q, "they wanted");
    assert_eq!(speaker_of(&sp, x).kind, SpeakerKind::Group);
}

#[test]
fn a_party_and_state_in_parentheses_open_no_clause() {
    let text = format!("{HEAD}Rep. Paul Brandt (D-Ore.) last week joked to reporters that the ferry was slower than the mail.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_of(&sp, item(&q, "the ferry was")).name, "Paul Brandt");
}

#[test]
fn a_time_between_an_apposition_and_its_verb_keeps_the_subject() {
    let text = format!("{HEAD}Maria Lopez, the town's mayor, on Tuesday announced that the bridge would close.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_of(&sp, item(&q, "the bridge would")).name, "Maria Lopez");
}

#[test]
fn a_warning_reports_its_that_clause_and_what_it_warns_of() {
    let text = format!(
        "{HEAD}Maria Lopez warned that the bridge would not survive another winter.\n\n\
         Tom Becker warned of the cost of a new one.\n"
    );
    let (sp, q) = run(&text);
    let x = item(&q, "the bridge");
    assert_eq!(x.text, "the bridge would not survive another winter");
    assert_eq!((cue(x), speaker_of(&sp, x).name.as_str()), (Some("warned"), "Maria Lopez"));
    let x = item(&q, "the cost");
    assert_eq!((cue(x), speaker_of(&sp, x).name.as_str()), (Some("warned of"), "Tom Becker"));
}

#[test]
fn a_headlines_present_tense_verb_reports_like_its_past() {
    let text = format!("{HEAD}Maria Lopez accuses the council of hiding the cost of the bridge.\n");
    let (sp, q) = run(&text);
    let x = item(&q, "the council");
    assert_eq!((cue(x), speaker_of(&sp, x).name.as_str()), (Some("accuses"), "Maria Lopez"));
}

#[test]
fn an_object_ends_where_a_named_subject_reports_again() {
    let text = format!("{HEAD}Maria Lopez accuses the council of \"hiding the cost\" and Tom Becker says the bridge is safe.\n");
    let (sp, q) = run(&text);
    let x = item(&q, "the council");
    assert_eq!(x.text, "the council of \"hiding the cost\"");
    assert_eq!(speaker_of(&sp, x).name, "Maria Lopez");
    assert_eq!(speaker_of(&sp, item(&q, "the bridge is")).name, "Tom Becker");
}

#[test]
fn a_stranded_preposition_reports_no_object_after_it() {
    let text = format!("{HEAD}It was the very risk that Maria Lopez warned about in her report.\n");
    let (_, q) = run(&text);
    assert!(reported(&q).iter().all(|x| !x.text.starts_with("in her report")), "{:#?}", q.quotes);
}

#[test]
fn a_fronted_clause_before_a_subject_and_its_apposition_is_passed_over() {
    let text = format!(
        "{HEAD}After the hearing broke up in disorder when the power failed, Maria Lopez, the town's mayor, said she had lost her notes.\n"
    );
    let (sp, q) = run(&text);
    let x = item(&q, "she had lost");
    assert_eq!((cue(x), speaker_of(&sp, x).name.as_str()), (Some("said"), "Maria Lopez"));
}

#[test]
fn a_described_subject_of_six_words_before_its_apposition_reports() {
    let text = format!("{HEAD}Six local newspapers in the county, including the Harbour Gazette, said the bridge was unsafe.\n");
    let (_, q) = run(&text);
    assert_eq!(cue(item(&q, "the bridge was unsafe")), Some("said"));
}

#[test]
fn a_one_word_answer_is_the_content() {
    let text = format!(
        "{HEAD}Asked whether the bridge should close, Maria Lopez said no.\n\n\
         About 70 percent call it noisy, after 58 percent said so in March.\n\n\
         Tom Becker said no to the new toll.\n"
    );
    let (sp, q) = run(&text);
    let answers: Vec<(&str, Option<&str>)> = reported(&q).iter().filter(|x| x.cue.as_ref().is_some_and(|c| c.text == "said")).map(|x| (x.text.as_str(), x.rule.as_deref())).collect();
    assert_eq!(answers, [("no", Some("reported-answer")), ("so", Some("reported-answer")), ("no to the new toll", Some("reported-clause"))]);
    assert_eq!(speaker_of(&sp, item(&q, "no to")).name, "Tom Becker");
}

#[test]
fn a_list_after_a_cue_clause_in_the_middle_goes_on_with_the_content() {
    let text = format!("{HEAD}The emails covered many topics, the Harbour Gazette said, including tolls, repairs and the ferry.\n");
    let (sp, q) = run(&text);
    let x = item(&q, "The emails");
    assert_eq!(parts(x, &text), ["The emails covered many topics", "including tolls, repairs and the ferry"]);
    assert_eq!(speaker_of(&sp, x).name, "Harbour Gazette");
}

#[test]
fn a_cue_clause_after_a_comma_ends_the_content_before_it() {
    // `added` and `reported` would each hold the other's cue in its content, and neither
    // would be an item: the cue clause after the comma ends `added`'s content, so the
    // outer report stands and the inner is part of what it reports
    let text = format!("{HEAD}Organizers added 40 stalls along the harbour front, the Harbour Gazette reported.\n");
    let (sp, q) = run(&text);
    let x = item(&q, "Organizers added");
    assert_eq!(x.text, "Organizers added 40 stalls along the harbour front");
    assert_eq!((cue(x), speaker_of(&sp, x).name.as_str()), (Some("reported"), "Harbour Gazette"));
    assert_eq!(reported(&q).len(), 1, "{:#?}", q.quotes);
}

#[test]
fn a_content_first_report_told_to_a_named_addressee() {
    let text = format!(
        "{HEAD}The guild will skip the parade, Harbour Dock Workers Director of Public Outreach Ruth Kemp told WMBK.\n\n\
         This includes a second ferry, Maria Lopez told a Senate panel Thursday.\n\n\
         The plan is sound, Tom Becker told a joke.\n"
    );
    let (sp, q) = run(&text);
    for (content, who) in [("The guild will skip the parade", "Ruth Kemp"), ("This includes a second ferry", "Maria Lopez")] {
        let x = item(&q, content);
        assert_eq!((x.text.as_str(), cue(x), speaker_of(&sp, x).name.as_str()), (content, Some("told"), who));
    }
    assert!(reported(&q).iter().all(|x| !x.text.starts_with("The plan")), "{:#?}", q.quotes);
}

#[test]
fn a_question_put_to_the_speaker_ends_the_content_before_it() {
    let text = format!("{HEAD}Maria Lopez said she had not read the memo, and when asked whether she was angry, she said no.\n");
    let (sp, q) = run(&text);
    let x = item(&q, "she had not");
    assert_eq!(x.text, "she had not read the memo");
    assert_eq!(speaker_of(&sp, item(&q, "no")).name, "Maria Lopez");
}

#[test]
fn a_noun_of_speech_is_voiced_or_held_by_its_verbs_subject() {
    let text = format!(
        "{HEAD}Maria Lopez spoke on Monday. Maria Lopez has voiced concern over the toll on the new bridge. \
         Peter Baker is deeply skeptical of the plan the council approved in May. \
         Ann Cole made the argument that the harbour needs a second crossing.\n"
    );
    let (_, q) = run(&text);
    let x = item(&q, "the toll");
    assert_eq!((x.speaker.as_deref(), cue(x)), (Some("maria-lopez"), Some("voiced concern over")));
    let x = item(&q, "the plan");
    assert_eq!((x.speaker.as_deref(), cue(x)), (Some("peter-baker"), Some("is deeply skeptical of")));
    let x = item(&q, "the harbour needs");
    assert_eq!((x.speaker.as_deref(), cue(x)), (Some("ann-cole"), Some("made the argument that")));
}

#[test]
fn a_noun_of_speech_another_holds_is_not_its_verbs_subjects() {
    // the unions endorse Lopez; Baker struck the assertions down; Cole faced criticism;
    // others accuse Marsh; the critics, not Lopez, voiced concern; Baker never did;
    // the voters are the sceptics (found by a review of the rule)
    let text = format!(
        "{HEAD}Maria Lopez has the endorsement of the harbour unions and the ferry pilots. \
         Peter Baker has struck down assertions that the bridge will close in winter. \
         Ann Cole faced criticism of the toll from the ferry pilots. \
         Ken Marsh is facing accusations that he misused state funds on the ferry. \
         Critics of Maria Lopez have voiced concern over the ferry timetable. \
         Peter Baker has never voiced concern over the harbour dues. \
         Ann Cole made voters skeptical of the second crossing plan.\n"
    );
    let (_, q) = run(&text);
    for prefix in ["the bridge will close", "the toll", "he misused", "the ferry timetable", "the harbour dues", "the second crossing"] {
        let x = item(&q, prefix);
        assert_eq!(x.speaker, None, "{x:#?}");
    }
    // (the endorsement Lopez has is the unions' attitude to her: she is its content,
    // `support_a_subject_draws_or_wins_is_its_backers_attitude_to_it`)
    let x = item(&q, "Maria Lopez");
    assert_eq!((x.text.as_str(), x.speaker.as_deref(), cue(x)), ("Maria Lopez", None, Some("has the endorsement of")));
}

#[test]
fn a_content_inside_a_relative_clause_ends_at_its_closing_comma() {
    let text = format!(
        "{HEAD}Maria Lopez, who says the bridge should carry a second rail line, voted against the toll on Monday. \
         Peter Baker, who believes the ferry – whatever its cost – must keep running, spoke last.\n"
    );
    let (_, q) = run(&text);
    let x = item(&q, "the bridge should");
    assert_eq!((x.text.as_str(), x.speaker.as_deref()), ("the bridge should carry a second rail line", Some("maria-lopez")));
    // (a dash inside the clause sets off an aside, not its end)
    let x = item(&q, "the ferry");
    assert_eq!((x.text.as_str(), x.speaker.as_deref()), ("the ferry – whatever its cost – must keep running", Some("peter-baker")));
}

#[test]
fn a_comma_inside_a_relative_clauses_content_that_closes_nothing_keeps_it_whole() {
    // an apposition, a condition, an inner relative clause, a list, a date, a question's
    // `who` (found by a review of the rule)
    let text = format!(
        "{HEAD}Peter Baker, who said Ann Cole, the mayor, would resign, voted against the plan. \
         Peter Baker, who argued that the bridge, if built, would pay for itself, spoke last. \
         Maria Lopez, who told reporters that the ferry, which opened in 2010, is unsafe. \
         Peter Baker, who vowed to cut taxes, fees and tolls, spoke last. \
         Maria Lopez, who said that on Jan. 5, 2021, the old pier closed, spoke last. \
         It is unclear, though, who said the harbour would open in May, June or July.\n"
    );
    let (_, q) = run(&text);
    for (prefix, holds) in [
        ("Ann Cole", "would resign"),
        ("the bridge", "would pay for itself"),
        ("the ferry", "is unsafe"),
        ("to cut taxes", "tolls"),
        ("on Jan. 5", "the old pier closed"),
        ("the harbour", "June or July"),
    ] {
        let x = item(&q, prefix);
        assert!(x.text.contains(holds), "{prefix:?} keeps {holds:?}: {:?}", x.text);
    }
}

#[test]
fn a_name_with_its_title_after_said_is_the_inverted_subject() {
    let text = format!(
        "{HEAD}Maria Lopez and Tom Reyes spoke on Monday.\n\nThe bridge is safe, said Ms. Lopez, with a smile.\n\nThe tolls will stay, said former harbour commissioner Tom Reyes.\n"
    );
    let (_, q) = run(&text);
    let safe = item(&q, "The bridge");
    assert_eq!(safe.text, "The bridge is safe");
    assert_eq!(safe.speaker.as_deref(), Some("maria-lopez"));
    let tolls = item(&q, "The tolls");
    assert_eq!(tolls.text, "The tolls will stay");
    assert_eq!(tolls.speaker.as_deref(), Some("tom-reyes"));
    // the name is never the content of the verb before it
    assert!(reported(&q).iter().all(|x| !x.text.starts_with("Ms. Lopez")), "{:#?}", q.quotes);
}

#[test]
fn a_subject_set_off_by_an_apposition_is_no_content_before_said() {
    let text = format!(
        "{HEAD}Gov. Ann Carter of Maine, a Democrat who has long opposed the toll, said the ferry needed more boats.\n\nThe mayor's former chief of staff, Tom Reyes, said the engineer who signed the report, Maria Lopez, should resign.\n"
    );
    let (_, q) = run(&text);
    let better = item(&q, "the ferry needed");
    assert_eq!(better.speaker.as_deref(), Some("ann-carter"));
    let resign = item(&q, "the engineer");
    assert_eq!(resign.text, "the engineer who signed the report, Maria Lopez, should resign");
    assert_eq!(resign.speaker.as_deref(), Some("tom-reyes"));
    assert!(reported(&q).iter().all(|x| !x.text.starts_with("Gov.") && !x.text.starts_with("The mayor")), "{:#?}", q.quotes);
}

#[test]
fn a_conditional_inside_a_that_clause_is_no_content_of_the_verb_after_it() {
    let text = format!(
        "{HEAD}Maria Lopez said that the plan involved hard choices but that if the council opted to build, it should have insisted on a second survey.\n"
    );
    let (_, q) = run(&text);
    let x = item(&q, "the plan");
    assert_eq!(x.speaker.as_deref(), Some("maria-lopez"));
    assert_eq!(cue(x), Some("said"));
    assert!(reported(&q).iter().all(|x| cue(x) != Some("insisted")), "{:#?}", q.quotes);
}


#[test]
fn one_word_subject_before_an_interrupting_cue_clause_is_content() {
    let text = format!("{HEAD}Maria Lopez spoke on Monday.\n\nSurvival, Ms. Lopez says, depends on the toll.\n\nIronically, she said, the bridge is safe.\n");
    let (sp, q) = run(&text);
    let x = item(&q, "Survival");
    assert_eq!(parts(x, &text), vec!["Survival", "depends on the toll"]);
    assert_eq!(x.speaker.as_deref(), Some("maria-lopez"));
    // an adverb opening a sentence is no content and no one's name
    assert_eq!(item(&q, "the bridge").text, "the bridge is safe");
    assert!(sp.speakers.iter().all(|s| s.name != "Ironically"), "{:#?}", sp.speakers);
}

#[test]
fn as_reported_by_names_the_source_of_the_clause_after_it() {
    let text = format!("{HEAD}As reported by the Harbour Gazette, the council approved the plan.\n");
    let (sp, q) = run(&text);
    let x = item(&q, "the council");
    assert_eq!(x.text, "the council approved the plan");
    assert_eq!(cue(x), Some("reported by"));
    assert_eq!(speaker_of(&sp, x).name, "Harbour Gazette");
}

#[test]
fn a_pronoun_with_its_verb_contracted_opens_a_claims_content() {
    let text = format!("{HEAD}Tom Reyes claims he's owed $2 million.\n\nMaria Lopez says too many drivers speed on the bridge.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "he's").speaker.as_deref(), Some("tom-reyes"));
    assert_eq!(item(&q, "too many").text, "too many drivers speed on the bridge");
}

#[test]
fn told_with_a_pronoun_addressee_interrupts_a_content() {
    let text = format!("{HEAD}Maria Lopez met the drivers.\n\nThe solution, Ms. Lopez told them, was simple.\n");
    let (_, q) = run(&text);
    let x = item(&q, "The solution");
    assert_eq!(parts(x, &text), vec!["The solution", "was simple"]);
    assert_eq!(x.speaker.as_deref(), Some("maria-lopez"));
}

#[test]
fn a_clause_a_subordinator_opens_is_no_subject_of_the_verb_after_it() {
    let text = format!(
        "{HEAD}Oddly, after the board asked Lopez, Reyes and Carter to check their ledgers, Tom Reyes said that two of them matched.\n"
    );
    let (_, q) = run(&text);
    assert!(reported(&q).iter().all(|x| cue(x) != Some("asked")), "{:#?}", q.quotes);
    assert_eq!(item(&q, "two of them").speaker.as_deref(), Some("tom-reyes"));
}

/// Misreadings a review found in this pass's rules, each pinned: the name after its
/// title is the speaker, not a name in the apposition after it; a conditional ending at
/// the cue clause keeps its report; `even` and `about` open subjects; an interjection is
/// no one-word content; `As reported by X` is of reports only, past X's own aside; `too
/// many times` opens no content.
#[test]
fn misreadings_of_the_fifth_pass_found_in_review() {
    let text = format!(
        "{HEAD}The rally was a success, said former harbour commissioner Tom Reyes, who has known Maria Lopez for decades.\n\nThe bridge will open and if it does the town will grow, Ann Carter said.\n\nThe toll is unfair, even his allies say.\n\nThe toll should go, about 60 percent of drivers said.\n\nYes, Ms. Carter said, prices will rise.\n\nAs reported by the Harbour Gazette, which first obtained the memo, the council delayed the vote.\n\nAs demanded by protesters, the chief resigned on Friday.\n\nTom Reyes has said too many times that he will release the report.\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(item(&q, "The rally").speaker.as_deref(), Some("tom-reyes"));
    assert_eq!(item(&q, "The bridge will open").speaker.as_deref(), Some("ann-carter"));
    assert_eq!(speaker_of(&sp, item(&q, "The toll is unfair")).kind, SpeakerKind::Group);
    assert!(item(&q, "The toll should go").speaker.is_some(), "{:#?}", q.quotes);
    assert!(reported(&q).iter().all(|x| !x.text.starts_with("Yes")), "{:#?}", q.quotes);
    assert_eq!(item(&q, "the council").text, "the council delayed the vote");
    assert!(reported(&q).iter().all(|x| cue(x) != Some("demanded by")), "{:#?}", q.quotes);
    assert!(reported(&q).iter().all(|x| !x.text.starts_with("too many")), "{:#?}", q.quotes);
    // (and a second review's: a name a preposition governs is no titled name)
    let text = format!("{HEAD}Maria Lopez and Tom Reyes spoke.\n\nThe jury should convict, said the mother of Maria Lopez, Ann Carter.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "The jury").speaker.as_deref(), Some("ann-carter"));
}

/// `Republicans largely agreed that ...`, `The senators mostly argued that ...`: an
/// adverb between a subject and its verb, in `-ly` or one of the common ones the ending
/// does not take, leaves the subject the source (and a plural before it a group that
/// speaks).
#[test]
fn an_adverb_between_the_subject_and_its_verb_keeps_the_subject() {
    let text = format!("{HEAD}Republicans largely agreed that the bridge would cost too much.\n\nThe senators mostly argued that the tolls were fair.\n\nMaria Lopez reluctantly conceded that the vote was lost.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_of(&sp, item(&q, "the bridge")).name, "Republicans");
    assert_eq!(speaker_of(&sp, item(&q, "the tolls")).name, "senators");
    assert_eq!(item(&q, "the vote").speaker.as_deref(), Some("maria-lopez"));
}

/// `wrote to the FBI, which said the bridge was safe`: a relative `which` after a comma
/// reports for the organisation it hangs on (the speakers stage's mention); one after a
/// clause or a place reports nothing (`courted the fishing community, which largely
/// opposes`, `fired Tom Reyes, which suggests that ...`), and one inside the subject is
/// an aside: the subject's own verb reports (`The Harbour Authority, which has denied the
/// claims, said ...`).
#[test]
fn a_relative_which_after_a_comma_reports_for_what_it_hangs_on() {
    let text = format!("{HEAD}Maria Lopez courted the fishing community, which largely opposes the new tolls.\n\nThe council wrote to the Harbour Authority, which said the bridge was safe.\n\nThe mayor fired Tom Reyes, which suggests that she feared the audit.\n\nThe Harbour Authority, which has denied the claims, said on Monday that the report was false.\n");
    let (sp, q) = run(&text);
    let safe = item(&q, "the bridge was safe");
    assert_eq!(speaker_of(&sp, safe).name, "Harbour Authority");
    for prefix in ["the new tolls", "she feared", "the claims"] {
        assert!(!reported(&q).iter().any(|x| x.text.starts_with(prefix)), "{prefix}: {:#?}", q.quotes);
    }
    let false_report = item(&q, "the report was false");
    assert_eq!(speaker_of(&sp, false_report).name, "Harbour Authority");
}

/// A review's misreadings of the sixth pass, pinned: a restrictive `who` after a phrase
/// is the phrase's noun's, not the name before it (`The mayor hired Tom Reyes, a move
/// that worried aides who said ...`); an adverb after an object is that verb's (`Analysts
/// who follow the company closely said`: not the company, but the analysts the clause
/// picks out); a given name in `-ing` before
/// an apposition is a name (`Sterling Hayes, a guard for the Hawks, said`); a `they` with
/// another plural between it and the people named is no one's (`seized the documents.
/// They show ...`); a name's suffix before `, who` (`Paul Brandt III, who said`);
/// a sentence opening with a non-ASCII capital and `-ing` does not break the stage.
#[test]
fn misreadings_of_the_sixth_pass_found_in_review() {
    let text = format!("{HEAD}The mayor hired Tom Reyes, a move that worried aides who said he was too close to the builders.\n\nAnalysts who follow the company closely said the deal was risky.\n\nSterling Hayes, a guard for the Harbour Hawks, said the foul was unfair.\n\nInvestigators seized the documents on Monday. They show that the payments began in 2015.\n\nThe march was led by Paul Brandt III, who said the fight was not over.\n\nÖstling Bergström was arrested on Friday.\n");
    let (sp, q) = run(&text);
    assert_ne!(item(&q, "he was too close").speaker.as_deref(), Some("tom-reyes"));
    assert_eq!(speaker_of(&sp, item(&q, "the deal was risky")).name, "Analysts");
    assert_eq!(speaker_of(&sp, item(&q, "the foul")).name, "Sterling Hayes");
    assert_eq!(item(&q, "the payments").speaker, None);
    assert_eq!(speaker_of(&sp, item(&q, "the fight")).name, "Paul Brandt");
}

/// `Senator Maria Lopez, Democrat of Ohio, who argued ...`, `Senator Tom Reyes of
/// Bayside, who similarly insists ...`, `her supporters, who say ...`: a relative `who`
/// past a name's apposition or place is that person's (and after a group, the group's),
/// and the speakers stage records it as a mention, so the source points at it.
#[test]
fn a_relative_who_past_an_apposition_is_the_named_persons() {
    let text = format!("{HEAD}The vote was praised by Senator Maria Lopez, Democrat of Ohio, who argued that the bridge was overdue.\n\nResidents wrote to Senator Tom Reyes of Bayside, who similarly insists that the tolls are fair.\n\nLopez thanked her supporters, who say that the vote was fair.\n");
    let (sp, q) = run(&text);
    for (prefix, id) in [("the bridge", "maria-lopez"), ("the tolls", "tom-reyes")] {
        let x = item(&q, prefix);
        let s = speaker_of(&sp, x);
        assert_eq!(s.id, id, "{x:#?}");
        let who = text.find(if id == "maria-lopez" { "who argued" } else { "who similarly" }).unwrap();
        assert!(s.mentions.iter().any(|m| m.span.start() == who && m.text == "who"), "{s:#?}");
    }
    let fair = item(&q, "the vote was fair");
    let group = speaker_of(&sp, fair);
    assert_eq!(group.kind, SpeakerKind::Group, "{group:#?}");
    assert!(group.mentions.iter().any(|m| m.text == "who"), "{group:#?}");
}

/// `Lopez spoke at the pier. Her campaign said that she raised ...`:
/// a possessive pronoun that names someone does not keep the phrase it opens from being
/// the subject, and a campaign (or a team, an administration) is an organisation.
#[test]
fn a_campaign_named_by_a_possessive_pronoun_is_the_source() {
    let text = format!("{HEAD}Maria Lopez spoke at the pier on Monday. Her campaign said that she raised $2 million in December.\n");
    let (sp, q) = run(&text);
    let x = item(&q, "she raised");
    let s = speaker_of(&sp, x);
    assert_eq!(s.kind, SpeakerKind::Organisation, "{s:#?}");
    assert_eq!(s.mentions.iter().map(|m| m.text.as_str()).collect::<Vec<_>>(), ["Her campaign"]);
}

/// `As Republicans hurried to fill the ballot, they proposed ...`, `Harbour supporters are
/// furious. They have argued ...`: a `they` that reports, where no group has spoken,
/// stands for the people a plural names in subject position just before (its sentence,
/// or the first of the one before); never for a plural after a preposition (`they were
/// cheered by fishermen, they said`), nor one further back.
#[test]
fn they_stands_for_the_plural_subject_just_before() {
    let text = format!("{HEAD}As Republicans hurried to fill the ballot last spring, they proposed that the tolls be cut.\n\nHarbour supporters are furious over the vote. They have argued that the count was wrong.\n\nAs Lopez and Reyes walked along the pier, they were cheered by fishermen, a first in months, they said.\n\nThe storm hit the coast on Monday. Later they said that the damage was severe.\n");
    let (sp, q) = run(&text);
    let proposed = item(&q, "that the tolls");
    assert_eq!(speaker_of(&sp, proposed).name, "Republicans");
    assert!(speaker_of(&sp, proposed).mentions.iter().any(|m| m.text == "they"));
    assert_eq!(speaker_of(&sp, item(&q, "the count")).name, "supporters");
    for prefix in ["As Lopez and Reyes", "the damage"] {
        let x = item(&q, prefix);
        assert_eq!(x.speaker, None, "{x:#?}");
    }
}

/// `said Sen. Maria Lopez (D-Ohio), who has been pushing for ...`, `said Tom Reyes, the
/// director of a harbour safety group in the state, who also said ...`: a relative `who`
/// past a party tag, or past a long apposition, is still the named person's.
#[test]
fn a_relative_who_past_a_party_tag_or_a_long_apposition_is_the_named_persons() {
    let text = format!("{HEAD}“It is a start,” said Sen. Maria Lopez (D-Ohio), who also argued that the bridge was overdue.\n\n“It is late,” said Tom Reyes, the director of a harbour safety group in the state, who also said that the tolls were fair.\n");
    let (sp, q) = run(&text);
    for (prefix, id) in [("the bridge", "maria-lopez"), ("the tolls", "tom-reyes")] {
        let s = speaker_of(&sp, item(&q, prefix));
        assert_eq!(s.id, id);
        assert!(s.mentions.iter().any(|m| m.text == "who"), "{s:#?}");
    }
}

/// A quote woven into the complement of a verb that no reported-speech rule reads (`sniped
/// that`, `described ... as`) is still part of what the verb reports: the
/// mixed item's content runs from after the verb (past `that`) to the quote, and on to
/// the end of its clause when the quoted words do not close it, but not into the writer's
/// account of the act (`at a rally in Ohio`), nor past `and` to the subject's next act,
/// nor into the main clause when the cue stands in a relative one; a quote that another
/// verb, nearer, reports, a passive verb's, and a name or title the marks set off
/// (`wrote under the pseudonym “...”`, `wrote the memoir “Low Tide”`) stay as they
/// were, their quoted words only.
#[test]
fn a_woven_quote_is_part_of_what_its_cue_reports() {
    let text = format!(
        "{HEAD}Tom Becker sniped that Lopez, a rookie mayor, was \"still learning the ropes,\" while Lopez and her deputies sent a stream of memos.\n\nAnn Cole described Reyes as a “monument to everything wrong with the council” in her column.\n\nDana Ortiz sniped that we \"stop and count the cranes\" and said Tom Reyes should apologize.\n\nDock workers drowned out her address, shouting “no toll, no vote!”\n\nBecker wrote under the pseudonym “Captain Ferry,” and the messages spread.\n\nMaria Lopez bemoaned the mood in which friends “stop talking at the market” because they vote differently.\n\nThe councillor who quipped that the hearing was \"a sideshow\" later apologized to the chair.\n\nReyes sniped that the ferry company had \"ripped off\" the U.S. for decades at a rally in Ohio.\n\nThe engineer was described as \"a fraud\" by former colleagues.\n\nAnn Cole wrote the memoir \"Low Tide\" after leaving the council.\n"
    );
    let (_, q) = run(&text);
    let x = item(&q, "Lopez, a rookie");
    assert_eq!(x.kind, QuoteKind::Mixed);
    assert_eq!(x.text, "Lopez, a rookie mayor, was \"still learning the ropes,\"");
    assert_eq!(x.quoted.iter().map(|r| &text[r.start()..r.end()]).collect::<Vec<_>>(), ["still learning the ropes,"]);
    assert_eq!(x.speaker.as_deref(), Some("tom-becker"));
    let y = item(&q, "Reyes as a");
    assert_eq!(y.text, "Reyes as a “monument to everything wrong with the council”");
    assert_eq!(y.speaker.as_deref(), Some("ann-cole"));
    let z = reported(&q).into_iter().find(|x| x.text.contains("cranes")).expect("the cranes quote");
    assert!(z.text.ends_with("cranes\"") && !z.text.contains("Reyes"), "{z:#?}");
    assert_eq!(item(&q, "the mood").text, "the mood in which friends “stop talking at the market” because they vote differently");
    // a cue inside a relative clause: the main clause's verb follows the quote
    assert_eq!(item(&q, "the hearing was").text, "the hearing was \"a sideshow\"");
    // an abbreviation's dot is no stop; a setting is the writer's account of the act
    assert_eq!(item(&q, "the ferry company had").text, "the ferry company had \"ripped off\" the U.S. for decades");
    // a passive verb's source follows it; a title follows its noun
    for x in q.quotes.iter().filter(|x| x.text.contains("a fraud") || x.text.contains("Low Tide")) {
        assert!(!x.text.contains("colleagues") && !x.text.contains("memoir") && !x.text.contains("leaving"), "{x:#?}");
    }
    // a participle nearer the quote reports it; a preposition opens a name's setting
    for x in q.quotes.iter().filter(|x| x.text.contains("no toll") || x.text.contains("Captain")) {
        assert!(!x.text.contains("address") && !x.text.contains("pseudonym"), "{x:#?}");
    }
}

/// Where or how something was said (`in an interview`, `on Twitter`, `at a rally`) is the
/// writer's account of the act, not part of the object it was said about; the object
/// goes on past such a phrase when `as` or `that` carries it on (`describes himself on
/// Facebook as ...`), and a phrase that says which thing the object is stays (`the
/// violence at the Reyes rally`, `the hate speech on Twitter`).
#[test]
fn an_objects_setting_is_no_part_of_it() {
    let text = format!(
        "{HEAD}Lopez mocks Reyes on Twitter almost daily.\n\nCole backed her up in a radio interview on Friday.\n\nThe mayor describes herself on Facebook as a lifelong builder.\n\nLopez condemned the violence at the Reyes rally.\n\nAdvocates criticized the hate speech on Twitter.\n"
    );
    let (_, q) = run(&text);
    assert_eq!(item(&q, "Reyes").text, "Reyes");
    assert_eq!(item(&q, "her up").text, "her up");
    assert!(item(&q, "herself").text.contains("lifelong builder"), "{:#?}", q.quotes);
    assert_eq!(item(&q, "the violence").text, "the violence at the Reyes rally");
    assert_eq!(item(&q, "the hate speech").text, "the hate speech on Twitter");
}

/// A source's tag and a colon opening a paragraph (a transcript's turn, `KEMP: ...`)
/// say the whole paragraph, not only its first sentence; a section's label in capitals
/// (`KEEPING SCORE:`) names no one and says nothing, and a note's label may come last
/// (`Editor's Note:`).
#[test]
fn a_transcripts_turn_is_the_whole_paragraph() {
    let text = format!(
        "{HEAD}KEMP: Senator Reyes doesn’t get to choose when we meet. Especially when he’s running such a nasty campaign. Let’s see the agenda first.\n\nKEEPING SCORE: The index rose 0.3 percent. The Dow gained 50 points.\n\nEditor's Note: An article on Monday misstated the date of the vote. It was Tuesday.\n"
    );
    let (_, q) = run(&text);
    assert_eq!(
        item(&q, "Senator Reyes").text,
        "Senator Reyes doesn’t get to choose when we meet. Especially when he’s running such a nasty campaign. Let’s see the agenda first"
    );
    assert!(!q.quotes.iter().any(|x| x.text.contains("Dow") && x.text.contains("index")), "{:#?}", q.quotes);
    assert!(!q.quotes.iter().any(|x| x.text.starts_with("An article on Monday")), "{:#?}", q.quotes);
}

#[test]
fn a_content_before_its_cue_clause_stands_when_the_sentence_goes_on() {
    let text = format!(
        "{HEAD}Tom Becker runs the stall by the bridge. Sales were great, Becker said, wiping his face.\n\n\
         The bridge will reopen next week, Maria Lopez said, adding, \"We owe the town that much.\"\n\n\
         The toll may not pay for the repairs, officials say, but it will cover the lights.\n\n\
         The bridge was never safe, Becker said, as the crowd left the square.\n"
    );
    let (sp, q) = run(&text);
    let x = item(&q, "Sales were great");
    assert_eq!((x.text.as_str(), cue(x), speaker_of(&sp, x).name.as_str()), ("Sales were great", Some("said"), "Tom Becker"));
    let x = item(&q, "The bridge will reopen");
    assert_eq!((x.text.as_str(), speaker_of(&sp, x).name.as_str()), ("The bridge will reopen next week", "Maria Lopez"));
    // (a clause of its own after `but` goes on with what they say)
    let x = item(&q, "The toll may not");
    assert_eq!(parts(x, &text), ["The toll may not pay for the repairs", "but it will cover the lights"]);
    assert_eq!(item(&q, "The bridge was never").text, "The bridge was never safe");
}

#[test]
fn words_before_a_cue_clause_that_are_no_clause_are_no_content() {
    let text = format!(
        "{HEAD}Taking it all in, Maria Lopez said, laughing, that the town would cope.\n\n\
         When asked about the toll, Becker said, \"No comment.\"\n\n\
         Becker denied the report - \"It is false,\" he said - and left the hall.\n"
    );
    let (_, q) = run(&text);
    for setting in ["Taking it all in", "When asked about the toll", "Becker denied the report"] {
        assert!(reported(&q).iter().all(|x| !x.text.starts_with(setting)), "{setting}: {:#?}", q.quotes);
    }
}

#[test]
fn a_named_objects_setting_is_no_part_of_it() {
    let text = format!(
        "{HEAD}Maria Lopez defended him during the council meeting.\n\n\
         Teachers favored Tom Becker 51 percent to 37 percent.\n\n\
         Lopez praised Becker for his work on the bridge.\n"
    );
    let (_, q) = run(&text);
    assert_eq!(item(&q, "him").text, "him");
    assert_eq!(item(&q, "Tom Becker").text, "Tom Becker");
    // (the ground of an attitude is part of it)
    assert_eq!(item(&q, "Becker for").text, "Becker for his work on the bridge");
}

#[test]
fn a_clause_that_seems_so_is_the_writers_hedged_report() {
    let text = format!(
        "{HEAD}The toll figures appear to be fabricated.\n\n\
         Tom Becker, the council's treasurer, seemed unmoved by the vote.\n\n\
         It seems the bridge will stay closed until spring.\n\n\
         Maria Lopez appeared on the evening news on Sunday.\n"
    );
    let (_, q) = run(&text);
    // (the subject and what follows the verb, the verb itself the cue; nobody says it)
    let x = item(&q, "The toll figures");
    assert_eq!((parts(x, &text), cue(x), x.speaker.as_deref()), (vec!["The toll figures", "to be fabricated"], Some("appear"), None));
    // (past the apposition, which is the writer's)
    assert_eq!(parts(item(&q, "Tom Becker"), &text), ["Tom Becker", "unmoved by the vote"]);
    assert_eq!(item(&q, "the bridge will").text, "the bridge will stay closed until spring");
    assert!(reported(&q).iter().all(|x| cue(x) != Some("appeared")), "{:#?}", q.quotes);
}

#[test]
fn a_seeming_clause_inside_a_report_is_the_reporters() {
    let text = format!("{HEAD}Maria Lopez said Tom Becker didn't appear worried about the vote.\n\nTom Becker seemed to suggest that the bridge was safe.\n");
    let (sp, q) = run(&text);
    let x = item(&q, "Tom Becker didn't");
    assert_eq!((cue(x), speaker_of(&sp, x).name.as_str()), (Some("said"), "Maria Lopez"));
    // (the subject of a verb of speech after it reports)
    assert_eq!(speaker_of(&sp, item(&q, "to suggest that")).name, "Tom Becker");
    assert!(reported(&q).iter().all(|x| x.rule.as_deref() != Some("reported-seeming")), "{:#?}", q.quotes);
}

#[test]
fn a_columnists_own_view_is_the_writers() {
    let text = format!("{HEAD}Maria Lopez has run the council for a decade. I think the bridge will hold.\n\nI always hoped she would see it reopen.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_of(&sp, item(&q, "the bridge will hold")).name, "the writer");
    assert_eq!(speaker_of(&sp, item(&q, "she would see")).name, "the writer");
}

/// The writer's `we` (for the writer and the newsroom) holds a view and asks as the
/// writer's `I` does: `we now know that ...`, `We asked our readers ...`. Before, these
/// items had no speaker. Not a labelled speaker's `we` (`A: We ...`), nor one after an
/// auxiliary (`do we know what that costs!`), nor one in quote marks.
#[test]
fn the_writers_we_holds_a_view_as_the_writer() {
    let text = format!(
        "{HEAD}Maria Lopez has run the council for a decade. Still, we now know that the board is also reviewing the ferry.\n\n\
         Each week we have asked a panel of riders to rank the routes.\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(speaker_of(&sp, item(&q, "the board is also")).name, "the writer");
    assert_eq!(speaker_of(&sp, item(&q, "a panel of riders")).name, "the writer");
    let text = format!(
        "{HEAD}Q: What about the ferry?\n\nA: We believe the ferry will run again in May.\n\n\
         When the board raised the toll (and do we know what that costs!) Tom Reyes wrote to it.\n\n\
         \u{201c}We think the toll is fair,\u{201d} said Tom Reyes.\n"
    );
    let (sp, _) = run(&text);
    assert!(sp.speakers.iter().all(|s| s.name != "the writer"), "{:#?}", sp.speakers);
    // (from the code review: a `we` after a verb of speech is its object, not the writer;
    // an adverb before a `we` is no auxiliary, and a colon inside a line is no label)
    let (sp, _) = run(&format!("{HEAD}Tom Reyes said we cannot afford the new toll.\n"));
    assert!(sp.speakers.iter().all(|s| s.name != "the writer"), "{:#?}", sp.speakers);
    let (sp, q) = run(&format!("{HEAD}The plan is simple: now we know that the board is also reviewing the ferry.\n"));
    assert_eq!(speaker_of(&sp, item(&q, "the board is also")).name, "the writer");
    // (and before a phrase that holds a view, from the first review)
    let (sp, q) = run(&format!("{HEAD}We are convinced that the new toll will fail in May.\n"));
    assert_eq!(speaker_of(&sp, item(&q, "the new toll will fail")).name, "the writer");
}

/// A review of the eighth pass's rules found these misreadings; each is pinned.
#[test]
fn misreadings_of_the_eighth_pass_found_in_review() {
    let text = format!(
        "{HEAD}The toll will pay for the repairs, Maria Lopez said, but the budget office has said it will not.\n\n\
         The bridge is safe, the company said, but the inspectors disagreed.\n\n\
         Sales fell 12 percent in the quarter, the company said, adding that it would cut jobs.\n\n\
         Asked about the allegations, Tom Becker said, \"I never met her.\"\n\n\
         Lopez accused Becker Tuesday of hiding the cost.\n\n\
         The study appeared last month in the journal Science.\n\n\
         The tweet appeared shortly before midnight.\n\n\
         Why does Becker seem so worried?\n\n\
         Becker, one aide recalled, seemed to be enjoying himself.\n\n\
         It seems to me that the council has lost its way.\n\n\
         The two sides seem far apart, and no talks are scheduled.\n"
    );
    let (sp, q) = run(&text);
    // (a clause with a subject of its own after `but` is another's report or the
    // writer's: the content stops before it, and the other report stands)
    assert_eq!(item(&q, "The toll will").text, "The toll will pay for the repairs");
    assert_eq!(speaker_of(&sp, item(&q, "it will not")).name, "budget office");
    assert_eq!(item(&q, "The bridge is safe").text, "The bridge is safe");
    // (a clause with a verb no list knows)
    assert_eq!(speaker_of(&sp, item(&q, "Sales fell")).name, "company");
    // (a participle's setting before a cue clause and its quote is no content)
    assert!(reported(&q).iter().all(|x| !x.text.starts_with("Asked about the allegations")), "{:#?}", q.quotes);
    // (the setting does not cut off the accusation after it)
    assert_eq!(item(&q, "Becker Tuesday").text, "Becker Tuesday of hiding the cost");
    // (something that shows up, a question, an aside that attributes: no hedge)
    for not_hedged in ["The study", "The tweet", "Why does", "Becker, one aide"] {
        assert!(reported(&q).iter().all(|x| x.rule.as_deref() != Some("reported-seeming") || !x.text.starts_with(not_hedged)), "{not_hedged}: {:#?}", q.quotes);
    }
    assert_eq!(item(&q, "the council has").text, "the council has lost its way");
    assert_eq!(parts(item(&q, "The two sides"), &text), ["The two sides", "far apart"]);
}

#[test]
fn what_evidence_shows_may_be_nothing() {
    let text = format!("{HEAD}Harbour records show no payments from Tom Becker to the club since 2011.\n");
    let (_, q) = run(&text);
    assert_eq!(cue(item(&q, "no payments")), Some("show"));
}

#[test]
fn a_wish_reports_its_object() {
    let text = format!(
        "{HEAD}Maria Lopez wants more money for the bridge repairs.\n\n\
         Club leaders want no return of the old ferry fees.\n\n\
         One of the things Tom Becker wanted was a new bridge.\n"
    );
    let (sp, q) = run(&text);
    let x = item(&q, "more money");
    assert_eq!((x.text.as_str(), speaker_of(&sp, x).name.as_str()), ("more money for the bridge repairs", "Maria Lopez"));
    assert_eq!(cue(item(&q, "no return")), Some("want"));
    // (a verb after the verb is the main clause's: the object stood before it)
    assert!(reported(&q).iter().all(|x| !x.text.starts_with("was a new bridge")), "{:#?}", q.quotes);
}

#[test]
fn a_contracted_subject_opens_the_content_after_an_addressee() {
    let text = format!("{HEAD}Tom Becker runs a radio station. Becker told the Harbour Gazette he’s already sold most of the tickets.\n");
    let (sp, q) = run(&text);
    let x = item(&q, "he’s already");
    assert_eq!((x.text.as_str(), speaker_of(&sp, x).name.as_str()), ("he’s already sold most of the tickets", "Tom Becker"));
}

#[test]
fn a_one_word_subject_around_a_cue_clause_takes_a_past_in_ed() {
    let text = format!("{HEAD}The crews waited by the dock for an hour. Becker, they said, locked the gate.\n");
    let (_, q) = run(&text);
    assert_eq!(parts(item(&q, "Becker"), &text), ["Becker", "locked the gate"]);
}

#[test]
fn two_reports_that_hold_each_others_cue_keep_the_sentences_reading() {
    let text = format!(
        "{HEAD}Ortiz said her collaborator, Blue Heron, wrote a dozen new songs for the festival.\n\n\
         Earlier in the day, Lopez met the builders and pledged to finish the bridge, the Harbour Gazette reported.\n\n\
         Becker said little at the meeting, according to an attendee.\n\n\
         Lopez said that, according to its survey, the club has lost money.\n\n\
         The harbour master has a habit of grand promises going back to 2012, when she said if she were reappointed, she would tell the board to resign.\n"
    );
    let (sp, q) = run(&text);
    // (`wrote` after a comma is no inverted cue when `said` reports through it)
    let x = item(&q, "her collaborator");
    assert_eq!(x.text, "her collaborator, Blue Heron, wrote a dozen new songs for the festival");
    assert_eq!(cue(x), Some("said"));
    // (a cue clause that closes the sentence reports all before it, the report inside
    // included)
    let x = item(&q, "Earlier in the day");
    assert_eq!(cue(x), Some("reported"));
    assert_eq!(speaker_of(&sp, x).name, "Harbour Gazette");
    // (an `according to` that closes the sentence is the writer's source for it; one
    // inside a verb's content is the speaker's)
    assert_eq!(cue(item(&q, "Becker said little")), Some("according to"));
    let x = item(&q, "according to its survey");
    assert_eq!(cue(x), Some("said"));
    assert_eq!(speaker_of(&sp, x).name, "Lopez");
    // (a verb with a content of its own, `tell ... to`, is no cue clause for the words
    // before it)
    let x = item(&q, "if she were reappointed");
    assert_eq!(cue(x), Some("said"));
}

#[test]
fn a_place_adverb_between_subject_and_verb_is_no_subject() {
    let text = format!(
        "{HEAD}Polls there show the council is trailing the mayor.\n\n\
         Ferry crews here said they have been waiting for parts since the winter.\n\n\
         From the pier to the market, there seems to be more traffic on the ferry than on the road.\n"
    );
    let (_, q) = run(&text);
    assert_eq!(cue(item(&q, "the council is trailing")), Some("show"));
    assert_eq!(cue(item(&q, "they have been waiting")), Some("said"));
    // (`there` opening its clause is the subject of a hedge, not a place)
    let x = item(&q, "there seems to be");
    assert_eq!(x.rule.as_deref(), Some("reported-seeming"));
}

#[test]
fn an_inverted_subject_keeps_its_place_and_its_relative_clause() {
    let text = format!(
        "{HEAD}The bridge will need new cables, says structural engineer Dana Whitfield in Portland.\n\n\
         The toll will rise next year, said an official who was briefed on the plan.\n"
    );
    let (sp, q) = run(&text);
    let x = item(&q, "The bridge will need");
    assert_eq!(x.text, "The bridge will need new cables");
    assert_eq!(speaker_of(&sp, x).name, "Dana Whitfield");
    let x = item(&q, "The toll will rise");
    assert_eq!(x.text, "The toll will rise next year");
    assert_eq!(cue(x), Some("said"));
    // (the subject is no content of its own)
    assert!(reported(&q).iter().all(|x| !x.text.starts_with("structural engineer") && !x.text.starts_with("an official")), "{:#?}", q.quotes);
}

#[test]
fn a_that_clause_after_an_aside_set_off_by_commas() {
    let text = format!(
        "{HEAD}Dana Whitfield said on Harbour Radio, where she is a regular guest, that the cables are rusting.\n\n\
         Tom Becker responded to questions about the toll, that the council had raised twice, with a shrug.\n"
    );
    let (sp, q) = run(&text);
    let x = item(&q, "the cables are rusting");
    assert_eq!(x.text, "the cables are rusting");
    assert_eq!(speaker_of(&sp, x).name, "Dana Whitfield");
    // (a verb's own preposition opens no adverbial: the relative `that` is no content's)
    assert!(reported(&q).iter().all(|x| !x.text.starts_with("the council had raised")), "{:#?}", q.quotes);
}

#[test]
fn a_group_speaks_past_an_adverb_or_a_modal() {
    let text = format!(
        "{HEAD}In the harbour towns, residents typically oppose a toll on the bridge.\n\n\
         Bidders must promise to finish the work within a year.\n"
    );
    let (sp, q) = run(&text);
    let x = item(&q, "a toll on the bridge");
    assert_eq!(speaker_of(&sp, x).name, "residents");
    assert_eq!(speaker_of(&sp, x).kind, SpeakerKind::Group);
    let x = item(&q, "to finish the work");
    assert_eq!(speaker_of(&sp, x).name, "Bidders");
}

#[test]
fn a_share_of_a_group_is_no_object_of_in() {
    let text = format!("{HEAD}Three in 10 voters see the new ferry as a luxury.\n");
    let (sp, q) = run(&text);
    let x = item(&q, "the new ferry as a luxury");
    assert!(speaker_of(&sp, x).name.ends_with("voters"), "{:#?}", sp.speakers);
}

#[test]
fn a_subject_with_a_long_relative_clause_before_an_aside() {
    let text = format!("{HEAD}Some residents who have crossed the old bridge every day for decades, in summer and in winter, said the new one would be too narrow.\n");
    let (_, q) = run(&text);
    let x = item(&q, "the new one");
    assert_eq!(x.text, "the new one would be too narrow");
    assert_eq!(cue(x), Some("said"));
}

/// A review's misreadings of the ninth pass, pinned: a real inverted cue after another's
/// report (`..., recalled Sam Ortiz`) reports it; a cue clause set inside a report's
/// content is no reading of the whole; a long `according to` that closes the sentence
/// is its source; `there` opening a clause after `since` is its subject; a name inside
/// an inverted subject's relative clause or after its preposition is not the speaker;
/// `said to reporters, that` keeps its content; `One in the White House` is no share.
#[test]
fn misreadings_of_the_ninth_pass_found_in_review() {
    let text = format!(
        "{HEAD}Lopez told him the bridge would never close, recalled Sam Ortiz, a former aide.\n\n\
         Becker said the toll, critics argue, would hurt the poor.\n\n\
         The council said little, according to a person familiar with the talks.\n\n\
         The vote was delayed since there appears to be no quorum.\n\n\
         The meeting was tense, said an official who met Vladimir Putin last year.\n\n\
         It was chaos, said a longtime friend of Donald Trump who asked not to be named.\n\n\
         Dana Whitfield said to reporters, that she would run again.\n\n\
         No one in the Harbour Authority has said publicly that the plan is dead.\n"
    );
    let (sp, q) = run(&text);
    let x = item(&q, "Lopez told him");
    assert_eq!(cue(x), Some("recalled"));
    assert_eq!(speaker_of(&sp, x).name, "Sam Ortiz");
    let x = item(&q, "the toll, critics argue");
    assert_eq!(cue(x), Some("said"));
    assert_eq!(cue(item(&q, "The council said little")), Some("according to"));
    assert_eq!(item(&q, "there appears").rule.as_deref(), Some("reported-seeming"));
    assert_ne!(item(&q, "The meeting was tense").speaker.as_deref(), Some("vladimir-putin"));
    assert_ne!(item(&q, "It was chaos").speaker.as_deref(), Some("donald-trump"));
    assert_eq!(cue(item(&q, "she would run again")), Some("said"));
    assert_eq!(item(&q, "the plan is dead").speaker, None);
}

#[test]
fn a_time_between_subject_and_verb_keeps_the_subject() {
    let text = format!(
        "{HEAD}The Harbour Authority on Tuesday said the bridge would close in May.\n\n\
         Officials last week said the toll would rise.\n\n\
         Tom Becker during a Sunday thanked the crews for their work.\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(speaker_of(&sp, item(&q, "the bridge would close")).name, "Harbour Authority");
    assert_eq!(speaker_of(&sp, item(&q, "the toll would rise")).name, "Officials");
    // (a phrase a preposition opens is no time between them: the subject is before it)
    assert_eq!(speaker_of(&sp, item(&q, "the crews")).name, "Tom Becker");
}

#[test]
fn a_share_of_people_is_a_group_named_with_its_share() {
    let text = format!(
        "{HEAD}One in five say the toll is unfair.\n\n\
         About 3 in 10 want a second bridge.\n\n\
         Six in 10 drivers said the queues were longer.\n"
    );
    let (sp, q) = run(&text);
    let x = item(&q, "the toll is unfair");
    assert_eq!(speaker_of(&sp, x).name, "One in five");
    assert_eq!(speaker_of(&sp, x).kind, SpeakerKind::Group);
    assert_eq!(speaker_of(&sp, item(&q, "a second bridge")).name, "About 3 in 10");
    assert_eq!(speaker_of(&sp, item(&q, "the queues")).name, "Six in 10 drivers");
}

/// `47% say ...`, `Nearly eight out of 10 say ...`: a share written with `%`, or as `out
/// of`, is a group named with its share, as `47 percent` and `three in 10` are (before,
/// each report had no source); and a past before the share ends the walk back to the
/// phrase's start (`The study found 40% of riders want ...` had made `study found 40% of
/// riders` a group, which took the study's report).
#[test]
fn a_share_with_a_percent_sign_or_out_of_is_a_group() {
    let text = format!(
        "{HEAD}A poll of ferry riders was released on Monday.\n\n\
         47% say the pier should reopen; 26% say it should stay shut.\n\n\
         Nearly eight out of 10 say the timetable is confusing.\n\n\
         The study found 40% of riders want a later last boat.\n"
    );
    let (sp, q) = run(&text);
    let x = item(&q, "the pier should reopen");
    assert_eq!((speaker_of(&sp, x).name.as_str(), speaker_of(&sp, x).kind), ("47%", SpeakerKind::Group));
    assert_eq!(speaker_of(&sp, item(&q, "it should stay shut")).name, "26%");
    assert_eq!(speaker_of(&sp, item(&q, "the timetable is confusing")).name, "Nearly eight out of 10");
    let study = speaker_of(&sp, item(&q, "40% of riders want"));
    assert_eq!((study.name.as_str(), study.kind), ("study", SpeakerKind::Document));
    // (from the review: the decimals of `4.5%` are no share of their own)
    let (sp, _) = run(&format!("{HEAD}Fares rose 4.5% say riders who took the survey.\n"));
    assert!(!sp.speakers.iter().any(|s| s.name.starts_with("5%")), "{:?}", sp.speakers);
}

/// `Reyes met farmers who said ...`: a past not in `-ed` before a group ends its phrase,
/// as one in `-ed` does (the group had been named `Reyes met farmers`); and the poll that
/// `left 62% of riders saying ...` leaves the share its own words.
#[test]
fn an_irregular_past_before_a_group_ends_its_phrase() {
    let text = format!("{HEAD}Reyes met farmers who said the drought had ruined their crops.\n\nThe closures have left 62% of riders saying the buses are worse.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_of(&sp, item(&q, "the drought had ruined")).name, "farmers");
    assert_eq!(speaker_of(&sp, item(&q, "the buses are worse")).name, "62% of riders");
    // (from the review: a past after a determiner modifies its noun, `The paid
    // consultancy said`, `Its paid advisers who ... said`, and a reporting verb's `-ing`
    // ends a phrase only after `be`, `The opposing lawyers argued`)
    let (sp, q) = run(&format!("{HEAD}The paid consultancy said the count was wrong.\n\nIts paid advisers who spoke to the Herald said the vote was late.\n\nThe opposing lawyers argued that the toll was illegal.\n"));
    assert_eq!(speaker_of(&sp, item(&q, "the count was wrong")).name, "paid consultancy");
    assert_eq!(speaker_of(&sp, item(&q, "the vote was late")).name, "Its paid advisers");
    assert_eq!(speaker_of(&sp, item(&q, "the toll was illegal")).name, "opposing lawyers");
}

/// A group's phrase starts after a reporting verb's `-ing`, a question's word or a form
/// of `be` before it: `Cole is hoping riders see ...` is the riders', not a group `Cole
/// is hoping riders`; `That is why critics say ...` the critics'; and `The main obstacle
/// has been older riders, who said ...` the older riders' (the `be` made the plural an
/// object, which a relative `who` could not take).
#[test]
fn a_groups_phrase_starts_after_a_clause_verb_a_question_word_or_be() {
    let text = format!(
        "{HEAD}Cole is hoping riders see her as the safer choice.\n\nThat is why critics say the toll must go.\n\nThe main obstacle has been older riders, who said they would not pay.\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(speaker_of(&sp, item(&q, "her as the safer")).name, "riders");
    assert_eq!(speaker_of(&sp, item(&q, "the toll must go")).name, "critics");
    assert_eq!(speaker_of(&sp, item(&q, "they would not pay")).name, "older riders");
}

/// `Cole wrote a letter congratulating the organizers`: a participle right after a text
/// that its clause's subject wrote, sent or released is the writer's, not the text's
/// (which had taken it once the speakers stage made the letter an entity); a text the
/// subject only read keeps it (`Reyes read a letter praising the mayor`).
#[test]
fn a_participle_after_a_text_its_subject_wrote_is_the_writers() {
    let text = format!(
        "{HEAD}A letter from the council arrived on Monday.\n\nCole wrote a letter congratulating the organizers on the festival.\n\nReyes read a letter praising the mayor.\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(speaker_of(&sp, item(&q, "the organizers")).name, "Cole");
    assert_eq!(speaker_of(&sp, item(&q, "the mayor")).name, "letter");
    // (from the review: only a verb that writes or puts out the text, not any past:
    // `Cole framed a letter praising ...` is not Cole's)
    let (sp, q) = run(&format!("{HEAD}A letter from the council arrived on Monday.\n\nCole wrote a letter congratulating the organizers on the festival.\n\nCole framed a letter praising the volunteers for their work.\n"));
    let framed = item(&q, "the volunteers");
    assert!(framed.speaker.as_ref().is_none_or(|_| speaker_of(&sp, framed).name != "Cole"), "{framed:?}");
}

/// More ways a subject holds a noun or an adjective of attitude: an adjective set after
/// the comma that closes the sentence's one clause (`Ann Cole has been touring the
/// county, confident that she can win`), a name in apposition to a description before
/// the holding verb (`Eastvale's harbour master, Tom Reyes, voiced support for ...`, but
/// not to a preposition's object: `Critics of the mayor, Ann Cole, voiced ...` is not
/// Cole's), and `held` or `evince` before the noun (`has held firm positions on`). Before,
/// each named no one.
#[test]
fn a_trailing_adjective_an_apposed_name_and_held_positions_name_the_holder() {
    let text = format!(
        "{HEAD}Ann Cole has been touring the county all week, confident that she can win.\n\nEastvale's harbour master, Tom Reyes, voiced support for the new pier.\n\nCritics of the mayor, Maria Lopez, voiced concern about the ferry.\n\nPaul Brandt has held firm positions on the toll for a decade.\n\nLena Hart evinced confidence that the vote would pass.\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(speaker_of(&sp, item(&q, "she can win")).name, "Ann Cole");
    assert_eq!(speaker_of(&sp, item(&q, "the new pier")).name, "Tom Reyes");
    assert!(item(&q, "the ferry").speaker.as_ref().is_none_or(|id| !id.starts_with("maria")), "{:?}", item(&q, "the ferry"));
    assert_eq!(speaker_of(&sp, item(&q, "the toll")).name, "Paul Brandt");
    // (from the review: a position held in the singular is an office as often, and holds
    // nothing)
    let (_, office) = run(&format!("{HEAD}Ann Cole held a position on the school board for a decade.\n"));
    assert!(office.quotes.iter().all(|x| x.speaker.is_none()), "{office:?}");
    assert_eq!(cue(item(&q, "the vote would pass")), Some("evinced confidence that"));
    assert_eq!(speaker_of(&sp, item(&q, "the vote would pass")).name, "Lena Hart");
}

/// `... among activists who raised concerns about rents`: a relative `who` that the speakers
/// stage resolved holds a noun of speech as a subject does (before, the holder had to open
/// its clause, and the report had no source).
#[test]
fn a_relative_who_holds_a_noun_of_speech() {
    let text = format!("{HEAD}Cole spent the evening among activists who raised concerns about rents.\n");
    let (sp, q) = run(&text);
    let x = item(&q, "rents");
    assert_eq!(cue(x), Some("raised concerns about"));
    assert_eq!(speaker_of(&sp, x).name, "activists");
}

#[test]
fn a_participle_after_a_comma_is_the_subjects_not_the_first_name() {
    let text = format!(
        "{HEAD}Maria Lopez spoke first.\n\n\
         By Friday evening she had canceled a joint visit with Tom Becker, citing the fog.\n"
    );
    let (sp, q) = run(&text);
    let x = item(&q, "the fog");
    assert_eq!(cue(x), Some("citing"));
    assert_eq!(speaker_of(&sp, x).name, "Maria Lopez");
}

/// A second review's misreadings of the ninth pass's last rules, pinned: a weekday in a
/// day's name is no time (`Shoppers on Black Friday said`); a time after a possessive
/// form does not cost the report (`McDonald's on Monday said`); a participle is the main
/// clause's subject's, past a fronted clause (`As she spoke, Tom Reyes interrupted,
/// saying ...`), and with no subject outside a preposition's phrase the first name's, as
/// before (`drew fire from Democrats, saying ...`); a name in `-ed` opening the sentence
/// (`Ted Reyes, in an interview, attacked Becker, saying ...`) is no fronted participle.
#[test]
fn misreadings_of_the_ninth_passs_last_rules_found_in_review() {
    let text = format!(
        "{HEAD}Shoppers on Black Friday said they expected long lines.\n\n\
         McDonald's on Monday said it would raise wages.\n\n\
         Senator Ann Hale entered the hall late. As she spoke, Senator Tom Reyes interrupted, saying the vote was rigged.\n\n\
         The toll drew fire from Maria Lopez, saying it would hurt the poor.\n\n\
         Ted Reyes, in an interview with the Harbour Gazette, attacked Tom Becker, saying the plan would fail.\n"
    );
    let (sp, q) = run(&text);
    assert!(!speaker_of(&sp, item(&q, "they expected")).name.ends_with("Black"), "{:#?}", sp.speakers);
    assert_eq!(cue(item(&q, "it would raise wages")), Some("said"));
    assert_eq!(speaker_of(&sp, item(&q, "the vote was rigged")).name, "Tom Reyes");
    assert_eq!(speaker_of(&sp, item(&q, "it would hurt the poor")).name, "Maria Lopez");
    // (a name in `-ed` opening the sentence is its subject, no fronted participle)
    assert_eq!(speaker_of(&sp, item(&q, "the plan would fail")).name, "Ted Reyes");
}

/// A question put to someone `by` a named asker: the asker is the question's source,
/// fronted or in the passive; with no asker named, the text does not say who asked.
#[test]
fn the_asker_after_asked_by_is_the_questions_source() {
    let text = format!(
        "{HEAD}Asked by Glenn Pike if the bridge was safe, Maria Lopez avoided a direct answer. \
On the radio, Lopez was asked by host Victor Mendes whether the vote was fair. \
Asked by Senator Hal Drury whether the toll was high, Lopez smiled. \
Lopez was asked whether the cables were new.\n"
    );
    let (_, q) = run(&text);
    assert_eq!(item(&q, "if the bridge").speaker.as_deref(), Some("glenn-pike"));
    assert_eq!(item(&q, "whether the vote").speaker.as_deref(), Some("victor-mendes"));
    // (past a title the name leaves out)
    assert_eq!(item(&q, "whether the toll").speaker.as_deref(), Some("hal-drury"));
    assert_eq!(item(&q, "whether the cables").speaker, None);
}

/// A poll's share of people speaks: after an approximation's `about`, and as `those
/// surveyed` or `those who`.
#[test]
fn a_polls_share_speaks_past_about_and_as_those_surveyed() {
    let text = format!(
        "{HEAD}About 68 percent of Harbour voters say the bridge is too expensive. \
In large numbers, those surveyed say the ferry is too slow. \
Among those who said the toll was too high, most backed Lopez.\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(speaker_of(&sp, item(&q, "the bridge is")).name, "About 68 percent of Harbour voters");
    assert_eq!(speaker_of(&sp, item(&q, "the ferry")).name, "those surveyed");
    let x = item(&q, "the toll");
    assert_eq!(speaker_of(&sp, x).kind, SpeakerKind::Group, "{x:#?}");
}

/// A show's name after its outlet's possessive is a title, not a quote of the speaker,
/// and the report around it reads on to its content.
#[test]
fn a_shows_name_after_its_outlet_is_no_quote_and_the_report_reads_on() {
    let text = format!("{HEAD}Maria Lopez said on Harbour TV's \"Morning Desk\" on Friday that the bridge would cost twice the first estimate.\n");
    let (_, q) = run(&text);
    assert!(q.quotes.iter().all(|x| x.text != "Morning Desk"), "{:#?}", q.quotes);
    assert!(q.not_quotes.iter().any(|n| n.span.slice(&text) == Some("Morning Desk")), "{:#?}", q.not_quotes);
    let x = item(&q, "the bridge");
    assert_eq!(x.speaker.as_deref(), Some("maria-lopez"));
    assert_eq!(cue(x), Some("said"));
}

/// A report inside a relative clause set off by commas ends with that clause, also when
/// its holder opens the sentence; and a report in a subordinate clause led by a span of
/// time ends at that clause's comma.
#[test]
fn a_report_in_a_relative_clause_after_the_first_word_ends_with_the_clause() {
    let text = format!(
        "{HEAD}Lopez, who announced a new parking scheme on Friday, plans to campaign on the library. \
Two years after the board vowed to repair the old bridge, the town has let it rust.\n"
    );
    let (_, q) = run(&text);
    // (the day is the announcing's, not the scheme's)
    assert_eq!(item(&q, "a new parking").text, "a new parking scheme");
    assert_eq!(item(&q, "to campaign").speaker.as_deref(), item(&q, "a new parking").speaker.as_deref());
    assert_eq!(item(&q, "to repair").text, "to repair the old bridge");
}

/// A poll named in the phrase that opens the sentence is the source of the clause after
/// its comma; a clause with a report of its own is that report's.
#[test]
fn a_poll_in_the_opening_phrase_is_the_source_of_the_clause_after_it() {
    let text = format!(
        "{HEAD}In the new poll, Lopez leads the mayor by ten points among likely voters. \
In the survey, conducted in May, the toll plan trailed by six points. \
In the poll, 60 percent said they backed the bridge.\n"
    );
    let (sp, q) = run(&text);
    let x = item(&q, "Lopez leads");
    assert_eq!((cue(x), speaker_of(&sp, x).kind), (Some("In"), SpeakerKind::Document));
    assert_eq!(item(&q, "the toll plan").text, "the toll plan trailed by six points");
    assert_eq!(cue(item(&q, "they backed")), Some("said"));
}

/// A contraction before quote marks is no outlet's possessive, and an adjective in `-ed`
/// after a determiner is no verb in a subject before an aside (a review's cases).
#[test]
fn a_contraction_names_no_show_and_an_adjective_in_ed_keeps_a_subject() {
    let text = format!("{HEAD}That's “Fake Bridge News,” Maria Lopez said. The retired engineer, who built the old bridge, said the cables were new.\n");
    let (sp, q) = run(&text);
    assert!(q.quotes.iter().any(|x| x.text.starts_with("Fake Bridge News") && x.speaker.as_deref() == Some("maria-lopez")), "{:#?}", q.quotes);
    // (the description is the subject, `retired` no verb; like `The retired engineer
    // said`, it refers back to the one person named before it)
    let who = speaker_of(&sp, item(&q, "the cables"));
    assert!(who.mentions.iter().any(|m| m.text == "The retired engineer"), "{who:#?}");
}

/// A phrasal verb of speech: its particle is part of the cue, and a `that` clause or the
/// object after it is the content (`pointed out that ...`, `laid out his plan`, `made
/// clear that ...`, `made it clear that ...`); the
/// verb without its particle keeps its own frames (`pointed to the cost`), and a
/// particle that does not follow at once makes no report (`pointed the way out`).
#[test]
fn a_phrasal_verb_with_its_particle_reports_what_follows() {
    let text = format!(
        "{HEAD}Maria Lopez continued on Monday, pointing out that the old bridge had failed two inspections.\n\n\
         Tom Becker laid out his plan for a second crossing.\n\n\
         Dana Whitfield pointed to the cost of the cables.\n\n\
         Ed Marsh pointed the way out of the harbour.\n"
    );
    let (sp, q) = run(&text);
    let x = item(&q, "the old bridge");
    assert_eq!(x.text, "the old bridge had failed two inspections");
    assert_eq!(cue(x), Some("pointing out"));
    assert_eq!(speaker_of(&sp, x).name, "Maria Lopez");
    let x = item(&q, "his plan");
    assert_eq!(x.text, "his plan for a second crossing");
    assert_eq!(cue(x), Some("laid out"));
    assert_eq!(speaker_of(&sp, x).name, "Tom Becker");
    let x = item(&q, "the cost");
    assert_eq!(cue(x), Some("pointed to"));
    // `made clear`, `made it clear`: the phrase's `it` stands for the `that` clause
    let text2 = format!(
        "{HEAD}Maria Lopez made it clear that the bridge will close in May.\n\n\
         Tom Becker has made clear that he opposes the toll.\n\n\
         The council made it clear who was in charge.\n\n\
         The talks made clear progress on Monday.\n\n\
         Dana Whitfield made clear she would veto the toll.\n"
    );
    let (sp2, q2) = run(&text2);
    let x = item(&q2, "the bridge will close");
    assert_eq!(cue(x), Some("made it clear"));
    assert_eq!(speaker_of(&sp2, x).name, "Maria Lopez");
    let x = item(&q2, "he opposes the toll");
    assert_eq!(cue(x), Some("made clear"));
    assert!(reported(&q2).iter().all(|x| !x.text.starts_with("who was in charge") && !x.text.starts_with("progress")), "{:#?}", q2.quotes);
    let x = item(&q2, "she would veto");
    assert_eq!(speaker_of(&sp2, x).name, "Dana Whitfield");
    assert!(reported(&q).iter().all(|x| !x.text.starts_with("the way")), "{:#?}", q.quotes);
    // without its particle the word is no verb of speech: `point` in a fronted `as`
    // clause leaves it reporting, and `laid off` reports nothing
    let text = format!(
        "{HEAD}As Maria Lopez noted at one point, the cables were rusting.\n\n\
         The ferry company laid off 600 workers.\n"
    );
    let (sp, q) = run(&text);
    let x = item(&q, "the cables were rusting");
    assert_eq!(speaker_of(&sp, x).name, "Maria Lopez");
    assert!(reported(&q).iter().all(|x| !x.text.contains("600 workers")), "{:#?}", q.quotes);
}

/// `X's view is that ...` (a construction the issue names), `Her argument at the hearing
/// was that ...`, `One view is that ...`: a noun that takes a `that` clause, then `is` or
/// `was` and `that`; the clause is the content and the possessor, when there is one, the
/// source. Not a relative clause's copula (`The view that emerged was that ...`), a noun
/// inside another's phrase (`The problem with Becker's argument is that ...`), a
/// hypothetical (`If Lopez's view is that ...`) or a comparison (`was that of`).
#[test]
fn a_possessors_view_is_that_reports_the_clause() {
    let text = format!(
        "{HEAD}Maria Lopez spoke on Monday. Lopez’s view is that the bridge will cost twice the estimate.\n\n\
         Tom Becker’s argument at the hearing was that the toll is unfair.\n\n\
         One view is that the council waited too long.\n\n\
         The view that emerged was that the plan failed.\n\n\
         The problem with Becker’s argument is that it ignores the data.\n\n\
         If Lopez’s view is that the cables are safe, she should say so.\n\n\
         His argument was that of a seasoned prosecutor.\n"
    );
    let (sp, q) = run(&text);
    // (a relative clause's copula, a critic's noun phrase, a hypothetical, a comparison)
    for not in ["the plan failed", "emerged", "it ignores the data", "the cables are safe", "of a seasoned"] {
        assert!(reported(&q).iter().all(|x| !x.text.starts_with(not)), "{not}: {:#?}", q.quotes);
    }
    let x = item(&q, "the bridge will cost");
    assert_eq!(x.text, "the bridge will cost twice the estimate");
    assert_eq!(cue(x), Some("view"));
    assert_eq!(speaker_of(&sp, x).name, "Maria Lopez");
    let x = item(&q, "the toll is unfair");
    assert_eq!(cue(x), Some("argument"));
    assert_eq!(speaker_of(&sp, x).name, "Tom Becker");
    let x = item(&q, "the council waited");
    assert_eq!(x.speaker, None);
}

/// `In Lopez's view, the old bridge must ...`: a view the sentence opens with reports the
/// clause after its comma, its holder the possessor; not a view of something (`In view
/// of the cost, ...`), a view with no holder (`In the long view, ...`), nor one set
/// against another (`In contrast to Lopez's view, ...`).
#[test]
fn a_view_opening_the_sentence_reports_the_clause_after_it() {
    let text = format!(
        "{HEAD}Maria Lopez spoke on Monday. In Lopez’s view, the old bridge must close.\n\n\
         In view of the cost, the council waited.\n\n\
         In the long view, the harbour looks calm.\n\n\
         In contrast to Lopez’s view, the cables passed their inspection.\n"
    );
    let (sp, q) = run(&text);
    let x = item(&q, "the old bridge");
    assert_eq!(x.text, "the old bridge must close");
    assert_eq!(cue(x), Some("In Lopez’s view"));
    assert_eq!(speaker_of(&sp, x).name, "Maria Lopez");
    for not in ["the council", "the harbour", "the cables passed"] {
        assert!(reported(&q).iter().all(|x| !x.text.starts_with(not)), "{not}: {:#?}", q.quotes);
    }
}

/// A negation contracted onto its auxiliary stands between a subject and its verb as the
/// auxiliary and `not` do: `Lopez doesn't believe ...` reports as `Lopez does not believe
/// ...` (straight and curly apostrophes alike), `isn't saying` as a progressive; the
/// negation is the cue's (see `a_negation_before_the_cue_is_the_cues`).
#[test]
fn a_negation_contracted_onto_its_auxiliary_keeps_the_report() {
    let text = format!(
        "{HEAD}Maria Lopez doesn't believe the bridge is safe.\n\n\
         Tom Reyes didn’t say whether the council would pay.\n\n\
         Harbour residents don't want a second toll.\n\n\
         Peter King isn't saying the vote was rigged.\n\n\
         Ann Carter won’t say how the bridge will reopen.\n"
    );
    let (sp, q) = run(&text);
    for (content, cue_text, who) in [
        ("the bridge is safe", "doesn't believe", "Maria Lopez"),
        ("whether the council would pay", "didn’t say", "Tom Reyes"),
        ("the vote was rigged", "isn't saying", "Peter King"),
        ("how the bridge will reopen", "won’t say", "Ann Carter"),
    ] {
        let x = item(&q, content);
        assert_eq!(x.text, content);
        assert_eq!(cue(x), Some(cue_text));
        assert_eq!(speaker_of(&sp, x).name, who);
    }
    let x = item(&q, "a second toll");
    assert_eq!(cue(x), Some("don't want"));
    assert_eq!(speaker_of(&sp, x).kind, SpeakerKind::Group);
}

/// `An official who asked not to be identified said ...`: a relative clause with no comma
/// inside the subject holds its own report (the infinitive or the object), which ends
/// before the sentence's verb; that verb reports for the phrase the clause hangs on, not
/// for a name inside the clause. A clause the infinitive opens keeps its verb (`who wanted
/// to know what the mayor said`), and no object opens with a finite verb
/// (`to be identified said` is no object of `identified`).
#[test]
fn a_relative_clause_in_the_subject_ends_before_the_sentences_verb() {
    let text = format!(
        "{HEAD}An official who asked not to be identified said the talks had stalled.\n\n\
         Maria Lopez and others who want to save the pier said the ruling was a relief.\n\n\
         The engineer who met Tom Reyes said the cables were rusted.\n\n\
         A resident who wanted to know what the mayor said left early.\n\n\
         Reyes supporters who met Ann Carter said the speech was long.\n\n\
         Lopez aides who asked not to be named said the vote was close.\n"
    );
    let (sp, q) = run(&text);
    let x = item(&q, "not to be identified");
    assert_eq!(x.text, "not to be identified");
    assert_eq!(cue(x), Some("asked"));
    let x = item(&q, "the talks had stalled");
    assert_eq!(cue(x), Some("said"));
    let x = item(&q, "to save the pier");
    assert_eq!(x.text, "to save the pier");
    let x = item(&q, "the ruling was a relief");
    assert_eq!(speaker_of(&sp, x).name, "Maria Lopez");
    let x = item(&q, "the cables were rusted");
    assert_ne!(x.speaker.as_deref(), Some("tom-reyes"), "Reyes is met, not the speaker: {x:#?}");
    let x = item(&q, "to know what the mayor said");
    assert_eq!(x.text, "to know what the mayor said left early", "the clause the infinitive opens holds `said`");
    assert!(reported(&q).iter().all(|x| !x.text.starts_with("said")), "{:#?}", q.quotes);
    // (a name that only modifies the phrase, or one inside the clause, is no speaker)
    let x = item(&q, "the speech was long");
    assert!(x.speaker.as_deref().is_none_or(|s| !s.contains("carter") && !s.contains("reyes")), "{x:#?}");
    let x = item(&q, "the vote was close");
    assert!(x.speaker.as_deref().is_none_or(|s| !s.contains("lopez")), "{x:#?}");
}

/// A restrictive relative clause with no comma between a phrase and a verb of speech
/// (`A pilot who works in Westport said`) leaves the verb to the phrase: the clause's
/// own last noun or name (`Westport`, `Ann Cole`) is not its subject, and the phrase's
/// `who` is its mention, past auxiliaries and a time.
#[test]
fn a_restrictive_clause_between_a_subject_and_its_verb_of_speech() {
    let text = format!(
        "{HEAD}A pilot who works in Westport said the ferries were late.\n\n\
         Residents who live near the harbour have said the noise was bad.\n\n\
         The clerk who met Ann Cole on Monday said the ledgers were lost.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(&sp, &q, &[("the ferries were late", "pilot", SpeakerKind::Person), ("the noise was bad", "Residents", SpeakerKind::Group), ("the ledgers were lost", "clerk", SpeakerKind::Person)]);
    for content in ["the ferries were late", "the noise was bad", "the ledgers were lost"] {
        let who = speaker_of(&sp, item(&q, content));
        assert!(who.mentions.iter().any(|m| m.text == "who"), "{who:#?}");
    }
}

/// An indefinite description with a phrase of its own (`A spokesman for the council`)
/// acts when its verb cannot be a noun: a past in `-ed` or a verb after an auxiliary
/// (`declined to comment`, `did not respond`, `disputed the figures`); a bare form that
/// may be a noun stays part of the phrase (`A founder of the ferry support group met`).
#[test]
fn a_described_speaker_with_a_phrase_declines_or_does_not_respond() {
    let text = format!(
        "{HEAD}A spokeswoman for the council did not respond to a request for comment.\n\n\
         A spokesman for the harbour board declined to comment.\n\n\
         A lawyer for the pilots disputed the figures.\n\n\
         A founder of the ferry support group met the mayor.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(
        &sp,
        &q,
        &[
            ("a request for comment", "a spokeswoman for the council", SpeakerKind::Person),
            ("to comment", "a spokesman for the harbour board", SpeakerKind::Person),
            ("the figures", "a lawyer for the pilots", SpeakerKind::Person),
        ],
    );
    assert!(sp.speakers.iter().all(|s| !s.name.contains("founder")), "{:#?}", sp.speakers);
}

/// A review's misreadings of relative clauses set off by commas: `who` and a verb of
/// speech past a time (`Ann Cole, who said in March that she would resign, left`) is a
/// report of the `who`'s, not a cue clause whose content is the whole sentence; and an
/// inverted subject's relative clause holds no subject of the verb (`argued Tom Reyes,
/// who said the pilots agreed` is Reyes's, not the pilots').
#[test]
fn a_relative_who_with_a_verb_of_speech_is_no_cue_clause() {
    let text = format!(
        "{HEAD}Ann Cole, who said last month that she would resign, told reporters she had changed her mind.\n\n\
         The toll is unfair, argued Tom Reyes, who said the pilots agreed.\n"
    );
    let (sp, q) = run(&text);
    let resign = item(&q, "she would resign");
    assert_eq!((resign.text.as_str(), cue(resign)), ("she would resign", Some("said")));
    assert_eq!(cue(item(&q, "she had changed")), Some("told reporters"));
    assert_sources(&sp, &q, &[("she would resign", "Ann Cole", SpeakerKind::Person), ("The toll is unfair", "Tom Reyes", SpeakerKind::Person), ("the pilots agreed", "Tom Reyes", SpeakerKind::Person)]);
}

/// A subject's relative clause with a subject of its own (`whom`, `whose`, or `who` and
/// a name with its own verb) holds no speaker of the sentence's verb: `Voters whom Maria
/// Lopez visited said` is the voters', `Parents whose children attend the school said`
/// the parents', and `Voters who Maria Lopez visited said` is not Lopez's; but in `The
/// candidate whom Ann Cole said was corrupt` the name right before `said` says it.
#[test]
fn a_name_in_a_subjects_whom_or_whose_clause_is_not_the_speaker() {
    let text = format!(
        "{HEAD}Voters whom Maria Lopez visited said the roads were dangerous.\n\n\
         Parents whose children attend the school said the buses were late.\n\n\
         Voters who Maria Lopez visited said the bridge was closed.\n\n\
         The candidate whom Ann Cole said was corrupt sued her.\n\n\
         A student whom police questioned said the door was open.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(&sp, &q, &[("the roads were dangerous", "Voters", SpeakerKind::Group), ("the buses were late", "Parents", SpeakerKind::Group), ("the door was open", "student", SpeakerKind::Person)]);
    assert_ne!(item(&q, "the bridge was closed").speaker.as_deref(), Some("maria-lopez"));
    // (a name right before the verb after `whom` is the verb's own subject: Cole said it)
    let corrupt = q.quotes.iter().find(|x| x.text.contains("corrupt")).expect("the candidate item");
    assert_eq!(speaker_of(&sp, corrupt).name, "Ann Cole");
}

/// `asked` set off by commas after its subject, with the question right after it, is
/// a passive: the subject was asked, and the text does not say by whom (`Tom Reyes,
/// asked who would pay, said ...`, `said Ann Cole, asked about the toll`); with someone
/// asked after it, the subject asks (`Ann Cole, a reporter at the Herald, asked Tom
/// Reyes whether ...`).
#[test]
fn asked_in_an_aside_after_its_subject_names_no_asker() {
    let text = format!(
        "{HEAD}Tom Reyes, asked who would pay, said the city would.\n\n\
         \"We will not back down,\" said Ann Cole, asked about the toll.\n\n\
         Ann Cole, a reporter at the Herald, asked Tom Reyes whether the ferry was safe.\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(item(&q, "who would pay").speaker, None);
    assert_eq!(item(&q, "the toll").speaker, None);
    assert_sources(&sp, &q, &[("the city would", "Tom Reyes", SpeakerKind::Person), ("whether the ferry was safe", "Ann Cole", SpeakerKind::Person)]);
}

/// A participle of speech after a comma takes the `that` right after it, and the verb
/// before the comma reports no clause from it (`wrote to the board, complaining that
/// the toll was unfair` is the complaint's, not the letter's; `declined to comment on
/// ..., noting that ...` keeps the noted words); `complaining` reports a clause, and a
/// demand its object (`demanded a new pier`, `demanding a new pier`).
#[test]
fn a_participle_after_a_comma_takes_its_that_and_demands_report_their_object() {
    let text = format!(
        "{HEAD}Tom Reyes wrote to the board, complaining that the toll was unfair.\n\n\
         Ann Cole declined to comment on the winter timetable of the ferries, noting that the pilots would decide.\n\n\
         Pilots marched on the harbour, demanding a new pier.\n\n\
         Dana Ortiz demanded answers from the board.\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(cue(item(&q, "the toll was unfair")), Some("complaining"));
    assert_eq!(cue(item(&q, "the pilots would decide")), Some("noting"));
    assert_eq!(cue(item(&q, "a new pier")), Some("demanding"));
    assert_eq!(item(&q, "a new pier").text, "a new pier");
    assert_eq!(cue(item(&q, "answers")), Some("demanded"));
    assert_sources(&sp, &q, &[("the toll was unfair", "Tom Reyes", SpeakerKind::Person), ("a new pier", "pilots", SpeakerKind::Group), ("answers", "Dana Ortiz", SpeakerKind::Person)]);
}

/// An unnamed source described by a phrase (`A member of the harbour board`, `A
/// spokesman for Ann Cole`), then `who asked not to be named`: neither the `who` nor the
/// verb after the aside is the board's or Cole's, whom the phrase only names, nor is the
/// name in an opening phrase with an aside (`Critics of Paul Brandt, including two
/// councillors, said` is not Brandt's). After a thing (`made no mention of Ann Cole, who
/// announced ...`) the `who` is still the name's.
#[test]
fn an_unnamed_source_described_by_a_phrase_is_not_the_name_in_it() {
    let text = format!(
        "{HEAD}A member of the harbour board, who asked not to be named, said the vote was rigged.\n\n\
         A spokesman for Ann Cole, who asked not to be named, said the ferry was late.\n\n\
         Tom Reyes made no mention of Ann Cole, who announced she would run.\n\n\
         Critics of Paul Brandt, including two councillors, said the pier was unsafe.\n"
    );
    let (sp, q) = run(&text);
    assert!(item(&q, "the pier was unsafe").speaker.as_deref().is_none_or(|s| s != "paul-brandt"), "{:#?}", item(&q, "the pier was unsafe"));
    // (no one, or the whole description: not the board, nor Ann Cole)
    for (content, described) in [("the vote was rigged", "member of the harbour board"), ("the ferry was late", "spokesman for Ann Cole")] {
        let x = item(&q, content);
        assert!(x.speaker.is_none() || speaker_of(&sp, x).name.ends_with(described), "{x:#?} {:#?}", sp.speakers);
    }
    assert_sources(&sp, &q, &[("she would run", "Ann Cole", SpeakerKind::Person)]);
}

/// A past form before a noun is an adjective of the object, not the sentence's next verb
/// (`endorsed paid family leave`, `blamed lost revenue`).
#[test]
fn an_object_may_open_with_a_past_form_used_as_an_adjective() {
    let text = format!("{HEAD}Ann Carter endorsed paid family leave for harbour workers.\n\nTom Reyes blamed lost revenue for the budget gap.\n");
    let (_, q) = run(&text);
    assert_eq!(cue(item(&q, "paid family leave")), Some("endorsed"));
    assert_eq!(cue(item(&q, "lost revenue")), Some("blamed"));
}

/// `Lopez is widely seen as the favourite`, `The vote is known as the Harbour Test`, `The
/// bridge was regarded as unsafe`: a passive view has no source, and its content is what
/// the subject is taken for, the subject and the words after `as` in two parts; it stops
/// before another's report after a break (`- 60 percent of residents said ...`). `seen`
/// and `known` report only before `as`: `The town has seen a rise in tolls` makes no
/// speaker and no item, and `had not seen the plans` goes on with the content it is in.
/// `deemed` takes its object and what it is deemed (`deemed the bridge a hazard`).
#[test]
fn a_passive_view_reports_what_its_subject_is_taken_for() {
    let text = format!(
        "{HEAD}Maria Lopez is widely seen as the favourite in the race.\n\n\
         The yearly vote is known as the Harbour Test.\n\n\
         The old bridge was regarded as unsafe - 60 percent of residents said the council should close it.\n\n\
         The town has seen a rise in tolls.\n\n\
         Tom Reyes said he knew the engineers but had not seen the plans.\n\n\
         The inspector deemed the bridge a hazard.\n\n\
         Ann Carter has long been seen as a moderate.\n\n\
         In the town, Reyes is seen as the favourite and Lopez is seen as the spoiler.\n\n\
         The rally was seen as a success by organizers in the town.\n\n\
         The mayor was seen as he left the hall. The ferry was seen as soon as the fog lifted. Who is seen as the favourite?\n"
    );
    let (sp, q) = run(&text);
    // (past the whole auxiliary chain to the subject; each of two joined views on its
    // own; the holder after `by` left out of the content)
    assert_eq!(parts(item(&q, "Ann Carter"), &text), ["Ann Carter", "a moderate"]);
    assert_eq!(parts(item(&q, "Reyes"), &text), ["Reyes", "the favourite"]);
    assert_eq!(parts(item(&q, "Lopez is seen"), &text), ["Lopez", "the spoiler"]);
    assert_eq!(parts(item(&q, "The rally"), &text), ["The rally", "a success"]);
    // (an `as` of its own, opening a clause or `as soon as`, and a question report nothing)
    for not in ["The mayor", "he left", "The ferry", "soon", "Who", "the favourite?"] {
        assert!(reported(&q).iter().all(|x| !x.text.starts_with(not)), "{not}: {:#?}", q.quotes);
    }
    let x = item(&q, "Maria Lopez is widely seen");
    assert_eq!(parts(x, &text), ["Maria Lopez", "the favourite in the race"]);
    assert_eq!(cue(x), Some("seen as"));
    assert_eq!(x.speaker, None);
    let x = item(&q, "The yearly vote");
    assert_eq!(parts(x, &text), ["The yearly vote", "the Harbour Test"]);
    let x = item(&q, "The old bridge");
    assert_eq!(parts(x, &text), ["The old bridge", "unsafe"]);
    let x = item(&q, "the council should close it");
    assert_eq!(cue(x), Some("said"));
    assert!(reported(&q).iter().all(|x| !x.text.contains("rise in tolls")), "{:#?}", q.quotes);
    assert!(sp.speakers.iter().all(|s| !s.name.to_lowercase().contains("town")), "{:?}", sp.speakers);
    assert_eq!(item(&q, "he knew the engineers").text, "he knew the engineers but had not seen the plans");
    let x = item(&q, "the bridge a hazard");
    assert_eq!(cue(x), Some("deemed"));
}

/// `The council is reportedly weighing a second toll`: the writer reports the clause from
/// others and names no one. The content is the clause around the adverb, its subject
/// (with its auxiliary) and what follows, in two parts, with no speaker; after a comma
/// opening the sentence, the clause after it. A verb of speech after the adverb reports
/// on its own (`reportedly told aides that ...`), and inside another's content the
/// adverb is part of it.
#[test]
fn reportedly_marks_a_clause_reported_by_others() {
    let text = format!(
        "{HEAD}The council is reportedly weighing a second toll.\n\n\
         Reportedly, the engineers have found rust in the cables.\n\n\
         Maria Lopez reportedly told aides that the bridge would close.\n\n\
         Officials said the ferry he reportedly used was sold in May.\n"
    );
    let (_, q) = run(&text);
    let x = item(&q, "The council");
    assert_eq!(parts(x, &text), ["The council is", "weighing a second toll"]);
    assert_eq!(cue(x), Some("reportedly"));
    assert_eq!(x.speaker, None);
    assert_eq!(item(&q, "the engineers").text, "the engineers have found rust in the cables");
    assert_eq!(cue(item(&q, "the bridge would close")), Some("told aides"));
    assert_eq!(cue(item(&q, "the ferry he reportedly used")), Some("said"));
    assert!(reported(&q).iter().all(|x| cue(x) != Some("reportedly") || !x.text.contains("ferry")), "{:#?}", q.quotes);
}

/// Verbs of finding, ruling, implying and signalling report a `that` clause (`The court
/// ruled that ...`, `Republicans learned that ...`), and `ordered` one right after it
/// (`ordered that her name be added`); their plain objects are no report (`learned
/// French`) but for an order's, which is what was ordered (`ordered a review`, `ordered
/// the release of records that ...`, [`an_order_reports_what_was_ordered`]), nor is a
/// `that` pointing at a thing (`reaffirmed that commitment Tuesday`, `ruled that out`),
/// nor a noun's relative clause (`new projects that the council approved`).
#[test]
fn verbs_of_finding_ruling_and_ordering_report_their_that_clause() {
    let text = format!(
        "{HEAD}The Oregon Board of Elections ruled that Reyes met the residency rules.\n\n\
         Senator Maria Lopez quickly learned that the South no longer gave her a lock.\n\n\
         Senator Maria Lopez signaled that she might back the bill.\n\n\
         The judge ordered that her name be added to the ballot.\n\n\
         Jane Doe learned French in Paris. The court ordered a review of the case.\n\n\
         The court ordered the release of records that the state had withheld.\n\n\
         Governor Tom Reyes reaffirmed that commitment Tuesday. Officials have not ruled that out.\n\n\
         Several new projects that the council approved last year are behind schedule.\n"
    );
    let (sp, q) = run(&text);
    let x = item(&q, "Reyes met");
    assert_eq!(cue(x), Some("ruled"));
    assert_eq!(speaker_of(&sp, x).name, "Oregon Board of Elections");
    let y = item(&q, "the South no longer");
    assert_eq!(cue(y), Some("learned"));
    assert_eq!(speaker_of(&sp, y).name, "Maria Lopez");
    assert_eq!(item(&q, "she might back").text, "she might back the bill");
    assert_eq!(cue(item(&q, "her name be added")), Some("ordered"));
    assert_eq!(item(&q, "a review").text, "a review of the case");
    assert_eq!(item(&q, "the release of records").text, "the release of records that the state had withheld");
    assert_eq!(reported(&q).len(), 6, "{:#?}", q.quotes);
}

/// An adjective of attitude reports its `that` clause when a subject holds it: after a
/// copula, its subject the source (`Brandt is aware that ...`, `Paul Brandt has been keenly
/// aware that ...`, `remain confident that ...`, `seemed confident that ...`), or set after
/// a comma as the clause's second predicate (`..., confident that ...`). Not an adjective
/// of degree (`so concerned that they closed the bridge`), one that only modifies a noun
/// (`Residents concerned that ... have formed`), or one another verb gives its object
/// (`made Maria Lopez hopeful that`).
#[test]
fn an_adjective_of_attitude_reports_its_that_clause() {
    let text = format!(
        "{HEAD}Sen. Paul Brandt has been keenly aware that the race is a turnout battle.\n\n\
         Bus drivers remain confident that their route will survive.\n\n\
         Maria Lopez is concerned that the tolls will rise.\n\n\
         Sen. Paul Brandt seemed confident that the microphone was off.\n\n\
         Maria Lopez has been expanding her networks, confident that she can win the primary.\n\n\
         Officials were so concerned that they closed the bridge.\n\n\
         Residents concerned that the plant will close have formed a committee.\n\n\
         The ad made Maria Lopez hopeful that the ferry would return.\n"
    );
    let (sp, q) = run(&text);
    let x = item(&q, "the race is");
    assert_eq!(x.text, "the race is a turnout battle");
    assert_eq!(speaker_of(&sp, x).name, "Paul Brandt");
    assert_eq!(item(&q, "their route will").text, "their route will survive");
    assert_eq!(speaker_of(&sp, item(&q, "the tolls will rise")).name, "Maria Lopez");
    // (one item, not a second reading of `seemed` around it)
    let m = item(&q, "the microphone was off");
    assert_eq!(speaker_of(&sp, m).name, "Paul Brandt");
    assert_eq!(reported(&q).iter().filter(|x| x.text.contains("microphone")).count(), 1, "{:#?}", q.quotes);
    assert_eq!(item(&q, "she can win").text, "she can win the primary");
    assert!(reported(&q).iter().all(|x| !x.text.contains("they closed") && !x.text.contains("the plant") && !x.text.contains("ferry")), "{:#?}", q.quotes);
}

/// A cue clause that closes the sentence may say where and when in a long phrase of
/// place (`..." Mayor Cole said Thursday in a speech promoting her roads plan.`): the
/// words before it are its content, even where another verb inside them reports a clause
/// of its own (`The Council vote to affirm that ...`). A phrase with a clause of its own
/// after the verb is no such tail (`the company said in a statement the layoffs would
/// continue` reports the layoffs, not the words before).
#[test]
fn a_closing_cue_clause_may_say_where_and_when_at_length() {
    let text = format!(
        "{HEAD}The Council vote to affirm that \"Harbour First\" is the town motto is \"not filling a single pothole,\" Mayor Ann Cole said Thursday in a speech promoting her roads plan.\n\n\
         The bridge would close for a year, Maria Lopez said Monday in an interview with the local paper in Eastvale.\n\n\
         Shares fell 4 percent, and the company said in a statement the layoffs would continue.\n"
    );
    let (sp, q) = run(&text);
    let x = item(&q, "The Council vote");
    assert_eq!(cue(x), Some("said"));
    assert_eq!(speaker_of(&sp, x).name, "Ann Cole");
    assert_eq!(x.kind, QuoteKind::Mixed);
    let y = item(&q, "The bridge would close");
    assert_eq!(y.text, "The bridge would close for a year");
    assert_eq!(speaker_of(&sp, y).name, "Maria Lopez");
    assert_eq!(item(&q, "the layoffs").text, "the layoffs would continue");
    assert!(reported(&q).iter().all(|x| !x.text.contains("Shares fell")), "{:#?}", q.quotes);
}

/// A short aside set off by commas right after the verb stands before its `that` clause
/// (`now says, however, that ...`); a long title ends in the name that speaks
/// (`..., Portuguese transport ministry spokesman Tiago Mendes said.`); and a short inverted
/// subject keeps a long relative clause (`..., said a harbour official who was briefed
/// on ... and spoke anonymously because ...`).
#[test]
fn asides_titles_and_relative_clauses_around_the_verb() {
    let text = format!(
        "{HEAD}Tom Reyes now says, however, that he is a firm supporter of the bridge.\n\n\
         Two teachers and their pupils were among the passengers, Portuguese transport ministry spokesman Tiago Mendes Abrantes said.\n\n\
         The talks stalled on Monday, said a harbour official who was briefed on the terms of the lease and spoke anonymously because the talks were private.\n"
    );
    let (sp, q) = run(&text);
    let x = item(&q, "he is a firm supporter");
    assert_eq!(speaker_of(&sp, x).name, "Tom Reyes");
    let y = item(&q, "Two teachers and their pupils");
    assert_eq!(speaker_of(&sp, y).name, "Tiago Mendes Abrantes");
    let z = item(&q, "The talks stalled");
    assert_eq!(z.text, "The talks stalled on Monday");
    assert_eq!(cue(z), Some("said"));
}

/// A noun of speech that a verb voices reports its object (`made a plea for the club to
/// rally`, `made the case for a smaller council`, `made contradictory statements about
/// how ...`); `case` only when someone makes or holds it (`The court heard the case that
/// the state brought` is no one's report), and `appeal` is no such noun.
#[test]
fn a_plea_a_case_or_statements_made_report_their_object() {
    let text = format!(
        "{HEAD}Sen. Paul Brandt made a plea for the club to rally behind him.\n\n\
         Maria Lopez made the case for a smaller council.\n\n\
         Tom Reyes made contradictory statements about how he would pay for the ferry.\n\n\
         The court heard the case that the state brought. The plan has little appeal for the Whigs.\n"
    );
    let (sp, q) = run(&text);
    let x = item(&q, "the club to rally");
    assert_eq!(cue(x), Some("made a plea for"));
    assert_eq!(speaker_of(&sp, x).name, "Paul Brandt");
    assert_eq!(speaker_of(&sp, item(&q, "a smaller council")).name, "Maria Lopez");
    assert_eq!(item(&q, "how he would").text, "how he would pay for the ferry");
    assert_eq!(reported(&q).len(), 3, "{:#?}", q.quotes);
}

/// A participle set after its clause's comma speaks for the sentence's subject, past an
/// adverb of its own.
#[test]
fn a_participle_past_its_adverb_speaks_for_the_subject() {
    let text = format!("{HEAD}Maria Lopez had a long day in the chamber, forcefully denouncing the budget cuts.\n");
    let (_, q) = run(&text);
    let x = item(&q, "the budget cuts");
    assert_eq!(x.speaker.as_deref(), Some("maria-lopez"), "{x:#?}");
}

/// A participle that opens the sentence's fronted clause (alone or after `After`,
/// `While`) has the main clause's subject, which follows the clause's comma, past a
/// determiner, a title or a description in apposition to the name.
#[test]
fn a_fronted_participle_speaks_for_the_main_clause_subject() {
    for (sentence, content, speaker) in [
        ("Noting that both parties ignored the report, Tom Becker praised the auditors.", "both parties", "tom-becker"),
        ("After blasting the council for its delays, Ann Cole listed her own record.", "the council", "ann-cole"),
        ("While arguing that taxes should fall, the governor, Ann Cole, proposed a new levy.", "taxes should fall", "ann-cole"),
    ] {
        let text = format!("{HEAD}{sentence}\n");
        let (_, q) = run(&text);
        let x = item(&q, content);
        assert_eq!(x.speaker.as_deref(), Some(speaker), "{sentence}: {x:#?}");
    }
}

/// An attitude held through a copula is its subject's when a description stands before
/// the name (`columnist`, `hopeful`), as when titles do.
#[test]
fn a_described_name_holds_the_attitude_of_its_copula() {
    for (sentence, speaker) in [
        ("The Daily Herald columnist Ann Cole has been critical of the mayor.", "ann-cole"),
        ("Republican presidential hopeful Tom Becker was also critical of the mayor.", "tom-becker"),
    ] {
        let text = format!("{HEAD}{sentence}\n");
        let (_, q) = run(&text);
        let x = item(&q, "the mayor");
        assert_eq!(x.speaker.as_deref(), Some(speaker), "{sentence}: {x:#?}");
    }
    // (an object's name holds nothing: `Critics of Maria Lopez have been critical of`)
    let text = format!("{HEAD}Critics of Maria Lopez have been critical of the mayor.\n");
    let (_, q) = run(&text);
    assert_ne!(item(&q, "the mayor").speaker.as_deref(), Some("maria-lopez"));
}

/// A participle's clause that opens the sentence ends at its comma, as a fronted
/// subordinate clause does: its content is not the main clause's (`left the room`).
#[test]
fn a_fronted_participles_content_ends_with_its_clause() {
    let text = format!("{HEAD}Saying that the plan was dead, Sen. Ann Cole left the room.\n");
    let (_, q) = run(&text);
    let x = item(&q, "the plan");
    assert_eq!(x.text, "the plan was dead");
    assert_eq!(x.speaker.as_deref(), Some("ann-cole"));
}

/// Only a participle that opens the fronted clause takes the main clause's subject: one
/// later in the sentence keeps the subject before it, and a name in a list after the
/// main clause's verb is no subject.
#[test]
fn a_participle_later_in_the_sentence_keeps_the_subject_before_it() {
    let text = format!("{HEAD}On Tuesday Ann Cole left the room after saying that the plan was dead.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "the plan").speaker.as_deref(), Some("ann-cole"));
    let text = format!("{HEAD}Praising the staff for their work, the report thanked the volunteers, Ann Cole, and the mayor.\n");
    let (_, q) = run(&text);
    assert_ne!(item(&q, "the staff").speaker.as_deref(), Some("ann-cole"));
}

/// A second verb after `and` shares the subject of the first: the first mention of its
/// clause that is no preposition's object and no possessive, a pronoun too, not the
/// first name anywhere before it (`respects Maria Lopez`, `in Harbour Town`, `Tom
/// Baker's`), and past a subordinator that opens the clause.
#[test]
fn a_verb_after_and_takes_the_subject_of_the_verb_before_it() {
    let text = format!("{HEAD}Tom Baker spoke first. He says he respects Maria Lopez and calls her budget a gamble.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "her budget").speaker.as_deref(), Some("tom-baker"));
    let text = format!("{HEAD}At a meeting in Harbour Town, Maria Lopez praised the plan and says the bridge will bring customers.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "the bridge").speaker.as_deref(), Some("maria-lopez"));
    let text = format!("{HEAD}Maria Lopez spoke. Voters distrust her because she praised Tom Baker's budget and opposes a toll.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "a toll").speaker.as_deref(), Some("maria-lopez"));
    // (an `as` that is a preposition opens no clause)
    let text = format!("{HEAD}Tom Baker summed up Maria Lopez as reckless and said she should resign.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "she should").speaker.as_deref(), Some("tom-baker"));
    // (a review's cases: where the clause the `and` stands in starts, each sentence
    // with the one who speaks after `and`)
    for (sentence, content, speaker) in [
        // a subordinate clause closed right before the `and`
        ("Tom Reyes said the toll would rise because Ann Cole ignored the costs, and warned that the bridge would close.", "the bridge would", Some("tom-reyes")),
        // a question's `if` after a verb of speech
        ("Tom Reyes asked if Ann Cole would run again and said the council needed new faces.", "the council needed", Some("tom-reyes")),
        // asides
        ("Tom Reyes, though, opposed the plan and said it would raise tolls.", "it would raise", Some("tom-reyes")),
        ("Tom Reyes, while in office, backed the toll and said it would pay for repairs.", "it would pay", Some("tom-reyes")),
        // a fronted clause, and one with an aside before its comma
        ("When she finished, Tom Reyes stood up and said the toll was unfair.", "the toll was unfair", Some("tom-reyes")),
        ("While Tom Reyes shares the mayor's views, especially on funding Harbour College, he opposed the toll and has backed a levy on trucks.", "a levy", Some("tom-reyes")),
        // a subordinate clause with its own subject and an apposition in it
        ("Ann Cole signed the order, while Tom Reyes, the former mayor, mocked the plan and said the toll was a tax.", "the toll was a tax", Some("tom-reyes")),
        // a clause joined by `, and` or a semicolon, not a list of predicates
        ("Tom Reyes spoke first, and Ann Cole listened and said the bridge was safe.", "the bridge was safe", Some("ann-cole")),
        ("Tom Reyes met voters in May; Ann Cole stayed home and said the toll was fair.", "the toll was fair", Some("ann-cole")),
        ("Tom Reyes praised the levy; clashed with Ann Cole over the toll; and said the bridge was safe.", "the bridge was safe", Some("tom-reyes")),
    ] {
        let text = format!("{HEAD}Ann Cole spoke first. {sentence}\n");
        let (_, q) = run(&text);
        assert_eq!(item(&q, content).speaker.as_deref(), speaker, "{sentence}");
    }
}

/// A quote's cue clause may go on into a clause of its own that a subordinator opens,
/// and a report there is that clause's subject's (`“...,” Reyes said after the council
/// announced ...`); the cue clause's own verb still reports nothing more.
#[test]
fn a_report_in_a_subordinate_clause_after_a_quotes_cue_is_its_own() {
    let text = format!("{HEAD}“We will not stop,” Tom Reyes said on Monday after Maria Lopez announced the bridge would close.\n");
    let (_, q) = run(&text);
    let x = item(&q, "the bridge");
    assert_eq!(x.speaker.as_deref(), Some("maria-lopez"));
    assert_eq!(cue(x), Some("announced"));
    assert_eq!(reported(&q).len(), 1, "{:#?}", q.quotes);
    // (with `that` too: the `that` is the inner verb's, not the cue's)
    let text = format!("{HEAD}“We will not stop,” Tom Reyes said on Monday after Maria Lopez announced that the bridge would close.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "the bridge").speaker.as_deref(), Some("maria-lopez"));
    assert_eq!(reported(&q).len(), 1, "{:#?}", q.quotes);
    // (an `as` compares as often as it opens a clause: no report here)
    for tail in ["as he has said many times before", "as he has argued for months", "as he has claimed since the spring"] {
        let text = format!("{HEAD}“We are ready,” Tom Reyes said {tail}.\n");
        let (_, q) = run(&text);
        assert!(reported(&q).is_empty(), "{tail}: {:#?}", q.quotes);
    }
}

/// `both` or `all` opening the sentence, or a clause after an opening phrase's comma, is
/// the subject of the verb after it, not an adverb after a subject it would look back
/// past: the report is made, with no speaker named; after a subject, as before, the
/// subject speaks.
#[test]
fn both_or_all_opening_a_clause_is_its_subject() {
    let text = format!("{HEAD}Both believe the bridge will close within a year.\n");
    let (_, q) = run(&text);
    let x = item(&q, "the bridge");
    assert_eq!(cue(x), Some("believe"));
    let text = format!("{HEAD}On the budget, all oppose the new toll on the bridge.\n");
    let (_, q) = run(&text);
    assert_eq!(cue(item(&q, "the new toll")), Some("oppose"));
    let text = format!("{HEAD}Tom Reyes and Sen. Ann Cole (R-Ore.) both condemned the new toll on the bridge.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "the new toll").speaker.as_deref(), Some("tom-reyes"));
    // (nor after a comma that closes an apposition or an aside in the subject)
    for sentence in [
        "Tom Reyes and Ann Cole, the two candidates, both oppose the new toll on the bridge.",
        "Tom Reyes and Ann Cole, meanwhile, both oppose the new toll on the bridge.",
        "The three candidates, Tom Reyes, Ann Cole and Maria Lopez, all oppose the new toll on the bridge.",
    ] {
        let text = format!("{HEAD}{sentence}\n");
        let (_, q) = run(&text);
        assert_eq!(item(&q, "the new toll").speaker.as_deref(), Some("tom-reyes"), "{sentence}");
    }
}

/// A woven quote past a report's content, in its sentence, that the report's own verb
/// reports (its cue ends in that verb, for the same speaker), shares the report's cue:
/// the one verb reports both, as a split quote's stretches share theirs. A quote before
/// the content stays apart (as often a title there: `on Harbour TV's “Morning Desk”`).
#[test]
fn a_woven_quote_past_a_reports_content_shares_its_cue() {
    let text = format!("{HEAD}During the hearing, Maria Lopez pledged that the bridge “truly is” sound, but wants “stricter and faster” inspections.\n");
    let (_, q) = run(&text);
    let report = item(&q, "the bridge");
    let woven = item(&q, "stricter and faster");
    assert_eq!(cue(report), Some("pledged"));
    assert_eq!(woven.cue.as_ref().map(|c| c.span), report.cue.as_ref().map(|c| c.span));
    assert_eq!(woven.speaker.as_deref(), Some("maria-lopez"));
    // (not across a sentence's end)
    let text = format!("{HEAD}Maria Lopez pledged that the bridge is safe. Tom Reyes called it “a sham.”\n");
    let (_, q) = run(&text);
    assert!(q.quotes.iter().filter(|x| x.text.contains("sham")).all(|x| cue(x) != Some("pledged")), "{:#?}", q.quotes);
    // (a review's cases: not when someone else is named between them, when something is
    // set off between them, nor for a title)
    for (sentence, words) in [
        ("Maria Lopez said the bridge is safe, but Tom Reyes wants “stricter and faster” inspections.", "stricter"),
        ("Maria Lopez said the bridge is safe, but the bill, known as “the Span Act,” is stalled.", "Span Act"),
        ("Maria Lopez said the bridge is safe, but wants “Hamilton” tickets for her staff.", "Hamilton"),
    ] {
        let text = format!("{HEAD}{sentence}\n");
        let (_, q) = run(&text);
        let report = q.quotes.iter().find(|x| cue(x) == Some("said")).expect("the report");
        let cue_span = report.cue.as_ref().map(|c| c.span);
        assert!(q.quotes.iter().filter(|x| x.text.contains(words) && x.id != report.id).all(|x| x.cue.as_ref().map(|c| c.span) != cue_span), "{sentence}: {:#?}", q.quotes);
    }
}

/// A woven quote whose speaker is its sentence's subject has for cue the verb right after
/// that subject, past an apposition, auxiliaries and adverbs, when it is a verb of speech
/// or attitude (`He also seeks “...”`, `Lopez, the mayor, praised the council for holding
/// “...”`); after any other verb it has none, as before.
#[test]
fn a_woven_quote_of_the_sentences_subject_has_the_subjects_verb_for_cue() {
    let text = format!("{HEAD}Tom Reyes spoke first. He also seeks “a full refund” from the council.\n");
    let (_, q) = run(&text);
    let x = q.quotes.iter().find(|x| x.text.contains("full refund")).expect("the woven quote");
    assert_eq!(x.speaker.as_deref(), Some("tom-reyes"));
    assert_eq!(cue(x), Some("seeks"));
    let text = format!("{HEAD}Maria Lopez, the mayor, praised the council for holding “the whole town together” in the flood.\n");
    let (_, q) = run(&text);
    let x = q.quotes.iter().find(|x| x.text.contains("whole town")).expect("the woven quote");
    assert_eq!(cue(x), Some("praised"));
    let text = format!("{HEAD}Maria Lopez had been trying to unseat the mayor with a “clean up the town” theme.\n");
    let (_, q) = run(&text);
    let x = q.quotes.iter().find(|x| x.text.contains("clean up")).expect("the woven quote");
    assert_eq!(cue(x), None, "{x:#?}");
}

/// A participle after a cue clause of its own speaks for that cue's subject, not for the
/// sentence's first name (`“...,” Tom Reyes said, adding that ...`, `The toll will rise,
/// Tom Reyes said on Monday, noting ...`, `“...,” said Tom Reyes, a former mayor,
/// suggesting ...`); after a main clause, for the name that opens it, never for a name
/// after its verb: a description that opens the clause is the speaker (`The retired
/// engineer gave Maria Lopez some credit, saying ...` is the engineer's; it named no one
/// until descriptions spoke through a participle, and never the object).
#[test]
fn a_participle_speaks_for_its_own_clause_subject_never_for_an_object() {
    let text = format!("{HEAD}Maria Lopez will open the bridge in May, Tom Reyes said, adding that the toll would stay low.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_of(&sp, item(&q, "the toll would stay")).name, "Tom Reyes");
    let text = format!("{HEAD}“We will open it in May,” said Tom Reyes, a former mayor, suggesting that the council had agreed.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_of(&sp, item(&q, "the council had agreed")).name, "Tom Reyes");
    let text = format!("{HEAD}Maria Lopez spoke first.\n\nThe retired engineer gave Lopez some credit on Monday, saying she had kept the bridge open.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_of(&sp, item(&q, "she had kept")).name, "the retired engineer");
    // the name that opens the main clause, a title and a fronted phrase before it
    let text = format!("{HEAD}On Tuesday Sen. Maria Lopez defended the toll, saying it paid for repairs.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_of(&sp, item(&q, "it paid for")).name, "Maria Lopez");
    // a verb first is a cue only after its quote: `praised Reyes for ...` names the object
    let text = format!("{HEAD}Maria Lopez, the mayor, praised Tom Reyes for his work, calling it a model for the state.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_of(&sp, item(&q, "it a model")).name, "Maria Lopez");
}

/// What a review of the participle rule found (each was a wrong name or a lost one): a cue
/// clause with its time, place or title (`Tom Reyes told reporters at City Hall on
/// Monday, adding`, `city spokeswoman Ann Cole said, adding`, `said Tom Reyes, adding`
/// with no quote before it); a fronted clause with a verb of its own (`Hours after the
/// verdict was read, Tom Reyes resigned, saying`); a clause that `but` opens (`but Tom
/// Reyes objected, saying`); a subordinate clause's subject is not the main clause's
/// (`When Tom Reyes arrived, the council approved ..., saying`); a verb after a quote
/// inside the sentence is no inverted cue (`which called the toll “...,” urged Gov. Ann
/// Cole to veto it, saying`); a quote's last word is no preposition (`“The fight is
/// over,” Maria Lopez said`); a description that opens with a possessive is a subject
/// (`Her opponent mocked Maria Lopez, saying`); any verb of speech or past form after a
/// noun stands before an object (`The audit faulted Maria Lopez ..., saying`, `The
/// retired engineer departed from the plan Tom Reyes had drawn up and proposed`);
/// a clause's `and` before a name and an aside (`and Tom Reyes, as he did last year,
/// opposed`); an adverb before a verb after `and` (`and officially endorsed`).
#[test]
fn misreadings_of_the_participle_rule_found_in_review() {
    let speaker = |sentence: &str, prefix: &str| {
        let text = format!("{HEAD}Maria Lopez spoke first.\n\n{sentence}\n");
        let (_, q) = run(&text);
        item(&q, prefix).speaker.clone()
    };
    let reyes = Some("tom-reyes".to_string());
    let lopez = Some("maria-lopez".to_string());
    assert_eq!(speaker("Maria Lopez will open the bridge in May, Tom Reyes told reporters at City Hall on Monday, adding that the toll would stay.", "the toll would"), reyes);
    assert_eq!(speaker("The bridge will close in May, city spokeswoman Ann Cole said, adding that the toll would stay.", "the toll would").as_deref(), Some("ann-cole"));
    assert_eq!(speaker("The bridge will close in May, said Tom Reyes, adding that the toll would stay.", "the toll would"), reyes);
    assert_eq!(speaker("Hours after the verdict was read, Tom Reyes resigned, saying he had lost the trust of voters.", "he had lost"), reyes);
    assert_eq!(speaker("Maria Lopez backed the toll plan, but Tom Reyes objected, saying it would hurt commuters.", "it would hurt"), reyes);
    // (the main clause's subject, which the speakers stage names since a participle
    // after its clause's comma shares it)
    assert_eq!(speaker("When Tom Reyes arrived, the council approved the toll, saying it would pay for repairs.", "it would pay").as_deref(), Some("council"));
    assert_ne!(speaker("The group, which called the toll “highway robbery,” urged Gov. Ann Cole to veto it, saying drivers had paid enough.", "drivers had").as_deref(), Some("ann-cole"));
    assert_eq!(speaker("“The fight is over,” Maria Lopez said in a statement on Monday night as Tom Reyes looked on, adding that drivers had paid enough.", "drivers had"), lopez);
    assert_eq!(speaker("Her opponent mocked Maria Lopez, saying she had never crossed the bridge.", "she had never").as_deref(), Some("her-opponent"));
    // (the audit, a text, which the speakers stage names as the participle's subject)
    assert_eq!(speaker("The audit faulted Maria Lopez for the delays, saying she had ignored warnings.", "she had ignored").as_deref(), Some("audit"));
    assert_eq!(speaker("The retired engineer departed from the plan Tom Reyes had drawn up and proposed a toll on the bridge.", "a toll on"), None);
    assert_eq!(speaker("Ann Cole backed the plan and Tom Reyes, as he did last year, opposed the toll on the bridge.", "the toll on"), reyes);
    assert_eq!(speaker("Ann Cole appeared with the Herald's Tom Reyes and officially endorsed the toll on the bridge.", "the toll on").as_deref(), Some("ann-cole"));
    // a second review: a noun of speech after a determiner or a preposition is no verb
    // (`In a statement`, `After the vote`); no clause in a list's last item or a relative
    // aside's `and`; a title's adjective is no verb
    assert_eq!(speaker("In a statement Tuesday Tom Reyes criticized the plan, saying it would raise tolls.", "it would raise"), reyes);
    assert_eq!(speaker("After the vote Tom Reyes praised the council, saying it had done the right thing.", "it had done"), reyes);
    assert_eq!(speaker("In his comments Tom Reyes praised the council and said the vote was fair.", "the vote was"), reyes);
    assert_eq!(speaker("Tom Reyes criticized Ann Cole, Maria Lopez, and Dana Whitfield, saying they had ignored the bridge.", "they had ignored"), reyes);
    assert_eq!(speaker("Tom Reyes criticized not only Ann Cole but Maria Lopez, saying both had ignored the bridge.", "both had ignored"), reyes);
    assert_eq!(speaker("Ann Cole, who endorsed Tom Reyes and Maria Lopez, the party's two nominees, said Tuesday that turnout would be high.", "turnout would").as_deref(), Some("ann-cole"));
    assert_eq!(speaker("Ann Cole, the board president, supported the plan and Tom Reyes, a longtime critic, said it was overdue.", "it was overdue"), reyes);
    assert_eq!(speaker("On Monday retired Gen. Tom Reyes criticized the plan, saying it would weaken the Army.", "it would weaken"), reyes);
    // (nor does a list's `, and` before a verb after `and`)
    assert_eq!(speaker("Tom Reyes defeated Ann Cole, Maria Lopez, and Dana Whitfield and said the race was over.", "the race was"), reyes);
}

/// `Most riders said ..., and more than 6 in 10 said ...`: a share of people after `, and`
/// is the subject of its own report, whatever hedge opens it (`more than`, `nearly`), so
/// the first report ends at the comma and the share is the second one's source. Before,
/// the first report's content ran on over the second.
#[test]
fn a_share_of_people_after_and_reports_on_its_own() {
    for (share, name) in [("6 in 10", "6 in 10"), ("more than 6 in 10", "more than 6 in 10"), ("nearly three in five", "nearly three in five")] {
        let text = format!("{HEAD}Most riders said they were worried about the fares, and {share} said Tom Reyes would be best at handling them.\n");
        let (sp, q) = run(&text);
        assert_eq!(item(&q, "they were worried").text, "they were worried about the fares", "{share}");
        assert_sources(&sp, &q, &[("Tom Reyes would be best", name, SpeakerKind::Group)]);
    }
    // a number after `in` that counts no people stays inside the content
    let text = format!("{HEAD}Most riders said fares rose sharply, and in 10 of the towns said the buses ran late.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "fares rose").text, "fares rose sharply, and in 10 of the towns said the buses ran late");
}

/// `according to Tidewater, ...` after the text named `Tidewater Magazine`: a lone
/// capitalised word that the text names as a magazine is that magazine (one entity with
/// and without the word), not an unintroduced surname, even when it is a common noun
/// (`People`). Without the magazine named, such a word still names no one.
#[test]
fn according_to_a_magazine_by_its_bare_name() {
    let text = format!(
        "{HEAD}Ann Cole backed the new bridge, according to TIDEWATER Magazine.\n\nAccording to Tidewater, Tom Reyes allegedly replied to the letter the next day.\n\nAccording to People, the council will vote in March.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(&sp, &q, &[("Ann Cole backed", "TIDEWATER Magazine", SpeakerKind::Organisation), ("Tom Reyes allegedly replied", "TIDEWATER Magazine", SpeakerKind::Organisation)]);
    assert_eq!(item(&q, "the council will vote").speaker, None, "no magazine named People here");
}

/// `... that she and Reyes "were never close" and went on to discuss ...`: after the
/// speaker's own words in quote marks, `went on to` and a reporting verb is the
/// speaker's next act, told as a sequel, so the first report ends before it (and the
/// sequel reports on its own).
#[test]
fn went_on_to_and_a_reporting_verb_ends_the_content() {
    let text = format!("{HEAD}Last year, Ann Cole revealed in an interview with the Harbour Herald that she and Tom Reyes \u{201c}were never the closest of friends\u{201d} and went on to discuss the mayor's views on tolls.\n");
    let (sp, q) = run(&text);
    assert_eq!(item(&q, "she and Tom Reyes").text, "she and Tom Reyes \u{201c}were never the closest of friends\u{201d}");
    assert_sources(&sp, &q, &[("she and Tom Reyes", "Ann Cole", SpeakerKind::Person), ("the mayor's views", "Ann Cole", SpeakerKind::Person)]);
    // (a sequel with no reporting verb is no new act of speech: `went on to win`; and
    // without the speaker's words in quote marks before it, the sequel is as often the
    // content's subject's)
    let text = format!("{HEAD}Ann Cole said the plan was sound and went on to win the vote.\n\nTom Reyes said the senator voted for the bill in 2019 and went on to denounce it a year later.\n");
    let (_, q) = run(&text);
    assert_eq!(item(&q, "the plan was sound").text, "the plan was sound and went on to win the vote");
    assert_eq!(item(&q, "the senator voted").text, "the senator voted for the bill in 2019 and went on to denounce it a year later");
}

/// `asked whether he was trying to stall the plan in an interview with the Harbour
/// Herald`: a setting of speech that closes a question's content is the asking's, so it
/// is left out of the question. After `said` it stays: there it is as often the reported
/// event's own (`said she was misquoted in an interview with ...`, `said the mayor never
/// mentioned the port in his speech`).
#[test]
fn a_setting_of_speech_that_closes_a_question_is_the_askings() {
    let text = format!(
        "{HEAD}When asked whether he was trying to stall the plan in an interview with the Harbour Herald, Tom Reyes replied \u{201c}I am not denying it.\u{201d}\n\nAnn Cole said she was misquoted in an interview with the Harbour Herald.\n\nAnn Cole said the mayor never mentioned the port in his speech.\n"
    );
    let (_, q) = run(&text);
    assert_eq!(item(&q, "whether he was trying").text, "whether he was trying to stall the plan");
    assert_eq!(item(&q, "she was misquoted").text, "she was misquoted in an interview with the Harbour Herald");
    assert_eq!(item(&q, "the mayor never mentioned").text, "the mayor never mentioned the port in his speech");
}

/// `some assumed this would be the end`, `The audit found the bridge would cost more`: a
/// verb that takes only a `that` clause (`assumed`, `found`) reports a clause without
/// `that` when a short subject and a modal follow it, not its plain object (`assumed
/// office`, `found the keys`) nor an object with a relative clause (`found a builder she
/// would hire`, `assumed the duties Tom Reyes would leave behind`). `assume`, `presume`, `reckon`, `suppose`, `imagine`, `surmised`,
/// `inferred` and their forms report thought.
#[test]
fn a_modal_clause_after_a_that_verb_and_verbs_of_assuming() {
    let text = format!(
        "{HEAD}Arguments had been breaking up families all over the town, and some assumed this would be the end for the two singers.\n\nThe audit found the bridge would cost more.\n\nTom Reyes assumed office in 2019.\n\nAnn Cole found the keys in the car.\n\nAnn Cole found a builder she would hire for the port.\n\nThe mayor assumed the duties Tom Reyes would leave behind.\n\nThe team found ways it could save money.\n\nAnn Cole knew Tom Reyes could win.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(&sp, &q, &[("this would be the end", "some", SpeakerKind::Group), ("the bridge would cost", "audit", SpeakerKind::Document), ("Tom Reyes could win", "Ann Cole", SpeakerKind::Person)]);
    for not in ["office", "the keys", "a builder", "the duties", "ways"] {
        assert!(reported(&q).iter().all(|x| !x.text.starts_with(not)), "{not}: {:#?}", reported(&q));
    }
}

/// `Tom Reyes met a roommate who said ...`: a restrictive `who` (no comma before it) is
/// the subject of its own clause, so its verb's speaker is the phrase the `who` hangs
/// on (`the workers who said`), and no one when no mention ends that phrase (`a roommate
/// in college who said`), never the sentence's subject. Before, such a report went to
/// the subject, Reyes, who only met the speaker.
#[test]
fn a_restrictive_who_is_its_phrases_not_the_sentence_subjects() {
    let text = format!(
        "{HEAD}Tom Reyes met a roommate in college who said the old bridge was safe.\n\nTom Reyes met the workers who said the new bridge was safe.\n\nAnn Cole had a neighbour in Eastvale who wanted Cole to meet his cousin.\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(item(&q, "the old bridge").speaker, None);
    assert_sources(&sp, &q, &[("the new bridge", "workers", SpeakerKind::Group)]);
    assert_eq!(item(&q, "Cole to meet").speaker, None);
}

/// `... against 52 percent who say ...`: a share with a restrictive `who` is the group
/// that speaks through it, as `52 percent said` is (before, a share was a bare singular
/// there and the report had no speaker), named from its number and the words that qualify
/// it, never with a verb's subject before it (`Canvassers reached 30 percent who say`).
/// Not with a singular's verb or a measure before the number, where the `who` is a
/// person's (`polling at 12 percent who said she ...`, `above 5 percent who has said`);
/// a share a preposition governs with no `who` is still no one (`cut fares by 10 percent,
/// which riders said ...` is the riders').
#[test]
fn a_share_with_a_restrictive_who_speaks() {
    let text = format!(
        "{HEAD}Tom Reyes won 40 percent of the riders asked, against 52 percent who say they back Ann Cole.\n\nThe board heard from 18 percent who said they would leave the town.\n\nCanvassers reached nearly 30 percent who say they have never voted.\n\nThe plan would cut fares by 10 percent, which riders said was not enough.\n\nAnn Cole, the candidate polling at 12 percent who said she would stay in the race, spoke on Monday.\n\nTom Reyes is the only candidate above 5 percent who has said he would debate.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(
        &sp,
        &q,
        &[
            ("they back Ann", "52 percent", SpeakerKind::Group),
            ("they would leave", "18 percent", SpeakerKind::Group),
            ("they have never voted", "nearly 30 percent", SpeakerKind::Group),
            ("which riders said was not enough", "riders", SpeakerKind::Group),
        ],
    );
    for person_s in ["she would stay", "he would debate"] {
        let x = item(&q, person_s);
        assert!(x.speaker.as_deref().is_none_or(|id| !id.contains("percent")), "{person_s}: {:?}", x.speaker);
    }
}

/// A fraction in the plural is a share of people, with the adverb that qualifies it
/// (`Nearly three-quarters support ...`, `About two-thirds said ...`): before, the
/// first had no report and the second no group. A fraction `of` a group is that group's,
/// as before.
#[test]
fn a_fraction_and_its_adverb_are_a_share() {
    let text = format!(
        "{HEAD}Nearly three-quarters support a ban on tolls.\n\nAbout two-thirds said they would vote for Ann Cole.\n\nTwo-thirds of riders say the ferry is late.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(
        &sp,
        &q,
        &[
            ("a ban on tolls", "Nearly three-quarters", SpeakerKind::Group),
            ("they would vote", "About two-thirds", SpeakerKind::Group),
            ("the ferry is late", "riders", SpeakerKind::Group),
        ],
    );
}

/// `Ann Cole told her they were worried`: `her` before a subject pronoun is the one told,
/// not a determiner of the addressee, and the clause after it is the content (before,
/// no item); `told her staff the plan was dead` keeps `her staff` as the addressee.
#[test]
fn told_her_before_a_subject_pronoun_is_the_addressee() {
    let text = format!("{HEAD}Ann Cole told her they were worried about the fares.\n\nAnn Cole told her staff the plan was dead.\n");
    let (_, q) = run(&text);
    let x = item(&q, "they were worried");
    assert_eq!((x.text.as_str(), cue(x)), ("they were worried about the fares", Some("told her")));
    assert_eq!(cue(item(&q, "the plan was dead")), Some("told her staff"));
}

/// `520 delegates have said they support Cole, 39 have said they support Reyes`, `...
/// and others have said they ...`: a count or a share word with its own auxiliary and
/// verb of speech opens a second report, which ends the first one's content (before,
/// the first content ran on to the sentence's end).
#[test]
fn a_count_that_reports_on_its_own_ends_the_content_before_it() {
    let text = format!(
        "{HEAD}Already, 520 delegates have said they support Ann Cole, 39 have said they support Tom Reyes and 160 have not made a choice.\n\nMany riders have said they will not pay the toll and others have said they will take the ferry.\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(item(&q, "they support Ann").text, "they support Ann Cole");
    assert!(item(&q, "they support Tom").text.starts_with("they support Tom Reyes"));
    assert_eq!(item(&q, "they will not pay").text, "they will not pay the toll");
    assert_sources(&sp, &q, &[("they will take", "others", SpeakerKind::Group)]);
}

/// `Reyes's aide said`, `Tom Reyes's campaign says`: a phrase that a name's possessive
/// opens speaks, not the name's owner (before, the aide's words were Reyes's); the
/// phrase is a person, an organisation or a group by its head. A possessive is a noun's,
/// never a verb (`The state's governor said`: `state` is also a verb of speech, and the
/// phrase was lost). A name set off after the phrase is still who speaks (`Reyes's
/// spokesman, Ann Cole, said`).
#[test]
fn a_phrase_a_names_possessive_opens_speaks_not_the_name() {
    let text = format!(
        "{HEAD}Tom Reyes met voters on Monday. Reyes's aide said the bridge would open in May.\n\nTom Reyes's campaign says the toll will fall.\n\nReyes's allies argue the ferry is cheaper.\n\nThe state's governor said the port would stay open.\n\nReyes's spokesman, Ann Cole, said the vote was fair.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(
        &sp,
        &q,
        &[
            ("the bridge would open", "Reyes's aide", SpeakerKind::Person),
            ("the toll will fall", "Tom Reyes's campaign", SpeakerKind::Organisation),
            ("the port would stay", "state's governor", SpeakerKind::Person),
            ("the vote was fair", "Ann Cole", SpeakerKind::Person),
        ],
    );
    // (a plural of people is the description rule's group, named by its noun)
    let allies = speaker_of(&sp, item(&q, "the ferry is cheaper"));
    assert!(allies.kind == SpeakerKind::Group && allies.name.ends_with("allies"), "{allies:?}");
}

/// `A poll released Saturday found`, `a survey conducted by the Harbour Herald found`,
/// `Polls taken in Eastvale show`: a text past the participle that made it public and
/// that participle's short phrase is the verb's subject; so is one past `in` and a month
/// (`A Harbour Herald poll in June showed`), and the texts an average is taken of (`An
/// average of polls shows`). Before, each had no source. What a survey reads is not its
/// source (`A survey of voters found` is the survey's).
#[test]
fn a_text_past_its_release_a_month_or_an_average_speaks() {
    let text = format!(
        "{HEAD}A poll released Saturday found that riders opposed the toll.\n\nA survey conducted by the Harbour Herald found that most riders take the ferry.\n\nPolls taken in Eastvale show that voters favour the bridge.\n\nA Harbour Herald poll in June showed that most riders were angry.\n\nAn average of recent polls shows Ann Cole leading by two points.\n\nA survey of voters found that the bridge was popular.\n\nA memo obtained by KBX shows that the toll was planned.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(
        &sp,
        &q,
        &[
            ("riders opposed the toll", "poll", SpeakerKind::Document),
            ("most riders take", "survey", SpeakerKind::Document),
            ("voters favour the bridge", "polls", SpeakerKind::Document),
            ("most riders were angry", "Harbour Herald poll", SpeakerKind::Document),
            ("Ann Cole leading", "polls", SpeakerKind::Document),
            ("the bridge was popular", "survey", SpeakerKind::Document),
            ("the toll was planned", "memo", SpeakerKind::Document),
        ],
    );
}

/// `A report in the Harbour Herald said`, `A survey of Eastvale shop owners found`, `A
/// letter to council members said`, `A poll out Monday showed`: a text with a
/// preposition's phrase that names someone, or tells whom it was for or about, still
/// speaks past that phrase when it opens its clause (before, a name in the phrase, or a
/// `to`, `out` or `among`, left the report with no source). Not a text that is a verb's
/// object (`traced the rumour to a blog called ...`), nor one inside another text's phrase
/// (`Early results of a door-step poll of Eastvale voters are showing`: the results
/// speak), nor past `from` and a name, the author's (`A letter from Tom Reyes said, “...”`).
#[test]
fn a_text_speaks_past_a_phrase_that_names_someone() {
    let text = format!(
        "{HEAD}A report in the Harbour Herald said that Reyes had paid the fine.\n\nA survey of Eastvale shop owners found that most oppose the toll.\n\nA letter to council members said the ferry would stop in May.\n\nA Tidewater Times poll out Monday showed Ann Cole with a narrow lead.\n\nA study among Eastvale riders found that fares were too high.\n\nFact-checkers traced the rumour to a blog called Bay Truth.\n\nEarly results of a door-step poll of Eastvale voters are showing that turnout was low.\n\nA letter from Tom Reyes said, “We will reopen the pier.”\n"
    );
    let (sp, q) = run(&text);
    assert_sources(
        &sp,
        &q,
        &[
            ("Reyes had paid", "report", SpeakerKind::Document),
            ("most oppose the toll", "survey", SpeakerKind::Document),
            ("the ferry would stop", "letter", SpeakerKind::Document),
            ("Ann Cole with a narrow lead", "Tidewater Times poll", SpeakerKind::Document),
            ("fares were too high", "study", SpeakerKind::Document),
        ],
    );
    // (the blog is what the rumour was traced to, not a text that speaks)
    let called = item(&q, "Bay Truth");
    assert!(called.speaker.as_ref().is_none_or(|id| !sp.speakers.iter().any(|s| &s.id == id && s.kind == SpeakerKind::Document)), "{called:?}");
    // (the results speak, not the poll inside their phrase)
    let results = speaker_of(&sp, item(&q, "turnout was low"));
    assert!(results.kind == SpeakerKind::Document && results.name.starts_with("Early results"), "{results:?}");
    let direct = q.quotes.iter().find(|x| x.text.starts_with("We will reopen")).expect("the direct quote");
    let author = speaker_of(&sp, direct);
    assert_eq!(author.name, "Tom Reyes");
}

/// From the reviews: a text's reported words are also the author's its phrase names after
/// `from` (`A letter from Tom Reyes said the pier would close`, as a direct quote's were);
/// a phrase with names stops at a word that opens a clause (`after a passage from Psalm 12
/// where it states ... “...”` is the passage's `it`'s); and a name right after a
/// lower-case noun opens a clause of its own (`An analysis of the memo Cole wrote
/// shows`: the analysis does not say `wrote`).
#[test]
fn a_texts_author_and_its_phrases_clauses() {
    let text = format!(
        "{HEAD}A letter from Tom Reyes said the pier would close in May.\n\nThe film is called Low Tide after a passage from Psalm 12 where it states to hold fast “when the water rises.”\n\nAn analysis of the memo Cole wrote shows the toll was planned.\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(speaker_of(&sp, item(&q, "the pier would close")).name, "Tom Reyes");
    let (sp, q) = run(&format!("{HEAD}The film is called Low Tide after a passage from Psalm 12 where it states to hold fast “when the water rises.”\n"));
    let passage = q.quotes.iter().find(|x| x.text.starts_with("when the water")).expect("the direct quote");
    assert_eq!(speaker_of(&sp, passage).name, "passage");
    assert!(!sp.speakers.iter().any(|s| s.name.starts_with("analysis")), "{:?}", sp.speakers);
}

/// `In the latest Harbour Herald/KBX survey, 71 percent ...`: a text's phrase runs
/// back up to five words, over a slash between two names, to its determiner (before,
/// three words and no slash: the phrase lost its start and the report its source); and
/// a text is named with the names that modify it, so two outlets' polls in one story are
/// two sources, not one `poll`; a text named by its noun alone is the last one named
/// with that noun (`The poll also found` after `A KBX poll showed`).
#[test]
fn a_texts_phrase_reaches_its_determiner_and_keeps_its_names() {
    let text = format!(
        "{HEAD}In the latest Harbour Herald/KBX survey, 71 percent of riders approved of the toll.\n\nA Tidewater Times poll showed that Ann Cole was ahead. A KBX poll showed that Tom Reyes was ahead. The poll also found that riders were tired.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(
        &sp,
        &q,
        &[
            ("71 percent of riders", "Harbour Herald/KBX survey", SpeakerKind::Document),
            ("Ann Cole was ahead", "Tidewater Times poll", SpeakerKind::Document),
            ("Tom Reyes was ahead", "KBX poll", SpeakerKind::Document),
            ("riders were tired", "KBX poll", SpeakerKind::Document),
        ],
    );
}

/// From a review of the count rule above: a count after a form of `be` is a passive, no
/// report (`..., and 12 were admitted to hospital`); one whose verb reports no clause of
/// its own is none either (`several asked to remain anonymous`); a count after a phrase
/// the content opens with is the content's subject (`said that of the 40 members, 12
/// have said ...`); and a bare count right before its verb is that verb's subject, not a
/// name further back (`the school had 400 students and 30 have said ...` has no speaker,
/// not the school).
#[test]
fn a_count_that_is_passive_fronted_or_bare_stays_in_the_content_or_speaks_alone() {
    let text = format!(
        "{HEAD}Officials said 40 people were hurt, and 12 were admitted to hospital.\n\nTom Reyes said that of the 40 members, 12 have said they would vote no.\n\nAnn Cole said the fund had 40 donors, and several asked to remain anonymous.\n\nAnn Cole said the school had 400 students and 30 have said they will transfer.\n"
    );
    let (_, q) = run(&text);
    assert_eq!(item(&q, "40 people were hurt").text, "40 people were hurt, and 12 were admitted to hospital");
    assert_eq!(item(&q, "of the 40 members").text, "of the 40 members, 12 have said they would vote no");
    assert_eq!(item(&q, "the fund had").text, "the fund had 40 donors, and several asked to remain anonymous");
    assert_eq!(item(&q, "the school had").text, "the school had 400 students");
    assert_eq!(item(&q, "they will transfer").speaker, None);
}

/// `“We will win,” said Tom Reyes's campaign manager.`: after an inverted verb too, a
/// description a name's possessive opens speaks, not the name (before, Reyes was given
/// the quote); after a determiner the possessive is the phrase's own modifier and the
/// description is who it is set beside (`Paul Brandt, the Harbour Board's chief
/// strategist, who added ...` is Brandt's).
#[test]
fn a_description_a_names_possessive_opens_after_an_inverted_verb() {
    let text = format!(
        "{HEAD}“We will win,” said Tom Reyes's campaign manager.\n\n“We are ready,” said Paul Brandt, the Harbour Board's chief strategist, who added that the board would meet in May.\n"
    );
    let (sp, q) = run(&text);
    let direct = q.quotes.iter().find(|x| x.text.starts_with("We will win")).expect("the quote");
    assert_eq!(speaker_of(&sp, direct).name, "Tom Reyes's campaign manager");
    assert_sources(&sp, &q, &[("the board would meet", "Paul Brandt", SpeakerKind::Person)]);
}

/// `encouraged riders to ...` reports as `urged` does, `considers Ann Cole untrustworthy`
/// and `challenged Reyes to a debate` report their object (PolNeAR counts all three);
/// and an object in a relative clause with no comma ends before the finite verb of
/// speech of the phrase the clause hangs on (`Voters who support Ann Cole said ...`,
/// `An aide who endorsed the plan said ...`): before, the object ran on through that
/// verb and the sentence's own report was lost.
#[test]
fn verbs_of_encouraging_and_considering_and_an_object_in_a_relative_clause() {
    let text = format!(
        "{HEAD}Ann Cole encouraged riders to take the ferry.\n\nTom Reyes considers Ann Cole untrustworthy.\n\nAnn Cole challenged Tom Reyes to a debate before the vote.\n\nVoters who support Paul Brandt said the deal was dead.\n\nAn aide who endorsed the plan said the bridge was safe.\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(cue(item(&q, "riders to take")), Some("encouraged"));
    assert_eq!(item(&q, "Ann Cole untrustworthy").text, "Ann Cole untrustworthy");
    assert_eq!(item(&q, "Tom Reyes to a debate").text, "Tom Reyes to a debate");
    assert_eq!(item(&q, "Paul Brandt").text, "Paul Brandt");
    assert_eq!(item(&q, "the plan").text, "the plan");
    assert_sources(&sp, &q, &[("the deal was dead", "Voters", SpeakerKind::Group), ("the bridge was safe", "aide", SpeakerKind::Person)]);
}

/// From a review of the possessive rule above: a possessive phrase set beside a name
/// describes that name (`Paul Brandt, Reyes's lawyer, said ... The lawyer added` is
/// Brandt's); one a preposition governs is that preposition's object (`A statement from
/// Reyes's lawyer said` is the statement's); a head that says whose sex gives the
/// described person a gender, and the owner's mention names the owner for the pronouns
/// and titles after it (`Reyes's wife said ... He said` is Reyes's, `Mayor Tom Reyes's
/// aide said ... The mayor said` is Tom Reyes's); a text is named from its first name on
/// (`A Harbour Board budget memo says`), the sentence's first word too.
#[test]
fn possessive_descriptions_beside_names_after_prepositions_and_before_pronouns() {
    let text = format!(
        "{HEAD}Paul Brandt, Reyes's lawyer, said the case was weak. The lawyer added that an appeal was likely.\n\nA statement from Reyes's lawyer said the search was illegal.\n\nReyes's wife said Tom Reyes had been threatened. He said the threats had stopped.\n\nMayor Ann Cole's aide said the meeting was off. The mayor said she was ill.\n\nA Harbour Board budget memo says the toll will rise.\n\nHarbour Herald polls show that the ferry is popular.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(
        &sp,
        &q,
        &[
            ("the case was weak", "Paul Brandt", SpeakerKind::Person),
            ("an appeal was likely", "Paul Brandt", SpeakerKind::Person),
            ("the search was illegal", "statement from Reyes's lawyer", SpeakerKind::Document),
            ("Tom Reyes had been threatened", "Reyes's wife", SpeakerKind::Person),
            ("the threats had stopped", "Tom Reyes", SpeakerKind::Person),
            ("the meeting was off", "Mayor Ann Cole's aide", SpeakerKind::Person),
            ("she was ill", "Ann Cole", SpeakerKind::Person),
            ("the toll will rise", "Harbour Board budget memo", SpeakerKind::Document),
            ("the ferry is popular", "Harbour Herald polls", SpeakerKind::Document),
        ],
    );
}

/// A setting of speech between the verb and its `that` may run past eight words: a
/// preposition's object with a phrase or a participle hanging on it. Before, the `that`
/// was not found; the report was lost, began inside the setting (`many messages on
/// Twitter that ...`), or went to the setting's own participle (`posted`), whose subject
/// was the message.
#[test]
fn a_long_setting_of_speech_before_that() {
    let text = format!(
        "{HEAD}Ann Cole said in the second of three long posts on Facebook that the bridge was closed.\n\nTom Reyes said in one of his many posts on Facebook that the ferry would run.\n\nPaul Brandt said in a long and angry message posted late Sunday that the toll was unfair.\n\nMaria Lopez wrote in a statement posted late on Friday by the Harbour Board that the audit was complete.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(
        &sp,
        &q,
        &[
            ("the bridge was closed", "Ann Cole", SpeakerKind::Person),
            ("the ferry would run", "Tom Reyes", SpeakerKind::Person),
            ("the toll was unfair", "Paul Brandt", SpeakerKind::Person),
            ("the audit was complete", "Maria Lopez", SpeakerKind::Person),
        ],
    );
    assert_eq!(cue(item(&q, "the toll was unfair")), Some("said"));
    assert_eq!(item(&q, "the ferry would run").text, "the ferry would run");
}

/// A title a word calls one (`the show “Harbour Life”`, `a “Keep Eastvale Green” hat`)
/// is words of the sentence, as an outlet's show already was: a report around it reads
/// on. Before, a subject's apposition holding such a title lost the sentence's report.
/// The verb that names the title reports nothing (`a film called “Harbour Life”`), and a
/// cue that ends on the title's last word takes its closing mark.
#[test]
fn a_title_in_a_subjects_apposition_is_read_through() {
    let text = format!(
        "{HEAD}Tom Reyes, the host of the show “Harbour Life,” said the fares were too low.\n\nAnn Cole wore a “Keep Eastvale Green” hat and said the bridge was unsafe.\n\nPaul Brandt told viewers of the show “Harbour Hour” that the toll would rise.\n\nMaria Lopez made a film called “Harbour Life” about the ferry.\n\nThe council published a report titled “Eastvale Tomorrow” that the mayor praised.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(
        &sp,
        &q,
        &[
            ("the fares were too low", "Tom Reyes", SpeakerKind::Person),
            ("the bridge was unsafe", "Ann Cole", SpeakerKind::Person),
            ("the toll would rise", "Paul Brandt", SpeakerKind::Person),
        ],
    );
    assert_eq!(cue(item(&q, "the toll would rise")), Some("told viewers of the show “Harbour Hour”"));
    let reports: Vec<&str> = reported(&q).iter().map(|x| x.text.as_str()).collect();
    assert!(!reports.iter().any(|t| t.contains("Harbour Life”") || t.contains("Eastvale Tomorrow")), "a named title is no report: {reports:?}");
}

/// A verb's `that` past a comma is its own only right after a comma or a dash (`said on
/// Tuesday, after a long meeting, that ...`, `said — in a letter, of all places — that
/// ...`); a `that` inside the aside is a relative one (`objected at length, backing a
/// petition that aimed at ...`). Before, the relative clause was taken for the report.
#[test]
fn a_relative_that_past_a_comma_is_no_verbs_that() {
    let text = format!(
        "{HEAD}Tom Reyes objected at length, backing a petition that aimed at a recount.\n\nAnn Cole said on Tuesday, after a long meeting that ran late, that the bridge was closed.\n\nPaul Brandt said — in a letter, of all places — that the toll would rise.\n\nMaria Lopez said in Eastvale, Maine that the ferry was late.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(
        &sp,
        &q,
        &[
            ("the bridge was closed", "Ann Cole", SpeakerKind::Person),
            ("the toll would rise", "Paul Brandt", SpeakerKind::Person),
            ("the ferry was late", "Maria Lopez", SpeakerKind::Person),
        ],
    );
    let reports: Vec<&str> = reported(&q).iter().map(|x| x.text.as_str()).collect();
    assert!(!reports.iter().any(|t| t.starts_with("aimed")), "a relative clause is no report: {reports:?}");
}

/// A verb that names what a common noun is called reports nothing when the name is the
/// next report's subject (`A website called Harbour Watch argues that ...` is Harbour
/// Watch's report; before, it was a report of calling whose content swallowed it). After
/// a name or a pronoun the verb still reports (`Tom Reyes called Ann Cole's plans a
/// disaster`). And `yes` or `no` before `while` is the whole answer (`61 percent said yes
/// while 30 percent said no`; before, the first answer was lost).
#[test]
fn a_naming_participle_before_a_speaker_and_an_answer_before_while() {
    let text = format!(
        "{HEAD}A website called Harbour Watch argues that the toll is unfair.\n\nTom Reyes called Ann Cole's plans a disaster.\n\nAsked about the new toll, 61 percent of riders said yes while 30 percent said no.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(
        &sp,
        &q,
        &[
            ("the toll is unfair", "Harbour Watch", SpeakerKind::Organisation),
            ("Ann Cole's plans a disaster", "Tom Reyes", SpeakerKind::Person),
            ("yes", "61 percent of riders", SpeakerKind::Group),
            ("no", "30 percent", SpeakerKind::Group),
        ],
    );
    assert_eq!(cue(item(&q, "the toll is unfair")), Some("argues"));
}

/// A short quote with no cue of its own inside a reported content is the reporting
/// speaker's words, and the item is mixed (`dismissed the report as “fake news”`); before,
/// it was a scare quote, and the content ended inside its marks. A title inside a content
/// stays a title, but the content takes in its closing mark (`watched the show “Harbour
/// Life.”`).
#[test]
fn a_short_quote_inside_a_report_is_the_speakers_and_a_title_keeps_its_marks() {
    let text = format!(
        "{HEAD}Ann Cole dismissed the report as “fake news” and said she would sue.\n\nTom Reyes said he watched the show “Harbour Life.”\n"
    );
    let (_, q) = run(&text);
    let fake = item(&q, "the report as");
    assert_eq!((fake.kind, fake.text.as_str()), (QuoteKind::Mixed, "the report as “fake news”"));
    assert_eq!(fake.quoted.iter().filter_map(|s| s.slice(&text)).collect::<Vec<_>>(), ["fake news"]);
    assert!(q.not_quotes.iter().all(|n| n.text != "fake news"), "the quoted words are no scare quote too");
    let show = item(&q, "he watched");
    assert_eq!((show.kind, show.text.as_str()), (QuoteKind::Indirect, "he watched the show “Harbour Life.”"));
    assert!(q.not_quotes.iter().any(|n| n.text.starts_with("Harbour Life")), "the title is still one");
}

/// From a review of the two rules above (421 invented sentences): a setting that ends in
/// a relative clause is passed over to the `that` after it, and one with no `that` after
/// its relative clause reports nothing; a relative `that` in an aside is left for the
/// `that` after the aside's closing comma, but a `that` with no verb after it and none
/// to come is the verb's, whatever the commas (`said Tuesday, in a statement that he
/// would not resign`, a closing comma missing).
#[test]
fn a_relative_clause_in_a_setting_or_an_aside_is_passed_over() {
    let text = format!(
        "{HEAD}Paul Brandt said in an interview with a radio station in Tidewater that is owned by KBX that fees would rise.\n\nMaria Lopez testified at a hearing on the collapse of the bridge in Eastvale that killed six people.\n\nTom Reyes said Tuesday, in a statement that he would not resign.\n\nThe company said recently, in a filing that few noticed, that losses had doubled.\n\nThe police said Sunday, adding that an inquiry was under way, that two men were held.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(
        &sp,
        &q,
        &[
            ("fees would rise", "Paul Brandt", SpeakerKind::Person),
            ("he would not resign", "Tom Reyes", SpeakerKind::Person),
            ("losses had doubled", "company", SpeakerKind::Organisation),
            ("two men were held", "police", SpeakerKind::Group),
        ],
    );
    assert_eq!(cue(item(&q, "he would not resign")), Some("said"));
    let reports: Vec<&str> = reported(&q).iter().map(|x| x.text.as_str()).collect();
    assert!(!reports.iter().any(|t| t.starts_with("killed") || t.starts_with("is owned") || t.starts_with("few noticed")), "{reports:?}");
}

/// A name with a past right after it, after a verb of speech, is the subject of the
/// clause the verb reports, not an inverted speaker (`The ad says Paul Brandt raised
/// taxes`, after an aside too: `The ad, titled Broken Promises, says Paul Brandt raised
/// taxes`); before, the words before the verb were taken for Brandt's content.
#[test]
fn a_name_with_a_past_after_a_verb_of_speech_is_no_inverted_speaker() {
    let text = format!("{HEAD}The ad, titled Broken Promises, says Paul Brandt raised taxes.\n\nThe toll is too high, said a retired teacher.\n");
    let (sp, q) = run(&text);
    let ad = item(&q, "Paul Brandt raised taxes");
    assert_eq!((ad.text.as_str(), cue(ad)), ("Paul Brandt raised taxes", Some("says")));
    assert_sources(&sp, &q, &[("The toll is too high", "a retired teacher", SpeakerKind::Person)]);
}

/// `promised` reports what is promised to an addressee (`promised voters that ...`) and a
/// plain object (`promised a new bridge`), as `vowed` reports its object; before, only a
/// `to` infinitive or a `that` right after it was its content.
#[test]
fn promised_with_an_addressee_or_an_object() {
    let text = format!("{HEAD}Tom Reyes promised voters that the bridge would open.\n\nAnn Cole promised a new ferry by 2027.\n\nPaul Brandt promised to cut the toll.\n");
    let (sp, q) = run(&text);
    assert_sources(
        &sp,
        &q,
        &[
            ("the bridge would open", "Tom Reyes", SpeakerKind::Person),
            ("a new ferry", "Ann Cole", SpeakerKind::Person),
            ("to cut the toll", "Paul Brandt", SpeakerKind::Person),
        ],
    );
    assert_eq!(cue(item(&q, "the bridge would open")), Some("promised voters"));
}

/// A description that opens its clause speaks through a participle of speech after the
/// clause's comma, whatever the clause's own verb (`The mayor went further, saying ...`,
/// `Critics rallied outside the hall, arguing that ...`); before, a description was a
/// source only with a verb of speech right after it, and these had no speaker. A
/// participle that reports nothing makes no one a source (`The storm hit the coast,
/// killing six people`).
#[test]
fn a_description_speaks_through_a_participle_after_its_clause() {
    let text = format!(
        "{HEAD}The mayor went further, saying the plan could hurt riders.\n\nCritics rallied outside the hall, arguing that the toll was unfair.\n\nThe storm hit the coast, killing six people.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(
        &sp,
        &q,
        &[
            ("the plan could hurt riders", "the mayor", SpeakerKind::Person),
            ("the toll was unfair", "Critics", SpeakerKind::Group),
        ],
    );
    assert!(!sp.speakers.iter().any(|s| s.name.contains("storm")), "{:?}", sp.speakers.iter().map(|s| &s.name).collect::<Vec<_>>());
}

/// An organisation or a group speaks past three auxiliaries and adverbs before its verb,
/// as a description already did (`The Harbour Board has not yet said whether ...`, `The
/// council hasn't yet backed ...`); before, two were the most, and `yet` was none of
/// them, so these reports had no speaker.
#[test]
fn a_subject_speaks_past_not_yet_and_three_auxiliaries() {
    let text = format!("{HEAD}The Harbour Board has not yet said whether it will appeal.\n\nThe council hasn't yet backed the plan.\n");
    let (sp, q) = run(&text);
    assert_sources(
        &sp,
        &q,
        &[
            ("whether it will appeal", "Harbour Board", SpeakerKind::Organisation),
            ("the plan", "council", SpeakerKind::Organisation),
        ],
    );
}

/// A past after a word that is no determiner is its clause's verb, and a description's
/// words stop before it (`The plan angered farmers, who say ...` describes the farmers;
/// before, the group was named `plan angered farmers`); a past right after a determiner
/// or a possessive is a modifier (`The frustrated farmers say`). A `who` after an
/// organisation's comma is the organisation's, as a `which` is (`angered the Harbour
/// Board, who say ...`).
#[test]
fn a_past_before_a_description_is_its_clauses_verb_and_who_after_a_body() {
    let text = format!(
        "{HEAD}The plan angered farmers, who say it will cost jobs.\n\nThe frustrated riders say the toll is too high.\n\nThe plan angered the Harbour Board, who say it will cost money.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(
        &sp,
        &q,
        &[
            ("it will cost jobs", "farmers", SpeakerKind::Group),
            ("the toll is too high", "frustrated riders", SpeakerKind::Group),
            ("it will cost money", "Harbour Board", SpeakerKind::Organisation),
        ],
    );
}

/// From a review of the speakers rules above (328 invented sentences: 85 better, 11
/// worse, 5 mixed; the worse and mixed ones mended): a past after a verb of speech, or
/// one that most often modifies a noun, stays in the description (`said concerned
/// parents`, `Local elected officials said`); a description's noun that goes on into
/// another is not the speaker of a participle (`The police chief appeared ..., saying` is
/// the chief's, `Many voters stayed home, saying` the voters'); and an adverb right after
/// a verb that takes an object is the main clause's (`The ferry Tom Reyes promised never
/// arrived` reports nothing).
#[test]
fn review_mends_pasts_after_said_head_nouns_and_an_adverb_after_an_object_verb() {
    let text = format!(
        "{HEAD}The toll is too high, said concerned parents.\n\nLocal elected officials said the budget was balanced.\n\nThe police chief appeared at the briefing, saying residents should stay indoors.\n\nMany voters stayed home, saying the race was already decided.\n\nThe ferry Tom Reyes promised never arrived.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(
        &sp,
        &q,
        &[
            ("The toll is too high", "concerned parents", SpeakerKind::Group),
            ("the budget was balanced", "Local elected officials", SpeakerKind::Group),
            ("residents should stay indoors", "the police chief", SpeakerKind::Person),
            ("the race was already decided", "voters", SpeakerKind::Group),
        ],
    );
    let reports: Vec<&str> = reported(&q).iter().map(|x| x.text.as_str()).collect();
    assert!(!reports.iter().any(|t| t.starts_with("never arrived")), "{reports:?}");
}

/// `no` after a verb of speech opens the content's subject when a verb of its clause
/// follows within a few words (`said no one was hurt`, `said no decision had been made`);
/// before, these sentences had no item. `said no to the levy` and `said no comment` are
/// not such clauses, nor is what a person shows (`showed no sign that ...`). And `no`
/// before `when` is the whole answer (`said no when asked about the toll`).
#[test]
fn no_opens_a_reported_subject_and_an_answer_before_when() {
    let text = format!(
        "{HEAD}The police said no one was hurt in the crash.\n\nMaria Lopez said no decision had been made.\n\nTom Reyes said no when asked about the toll.\n\nPaul Brandt showed no sign that he would resign.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(
        &sp,
        &q,
        &[
            ("no one was hurt in the crash", "police", SpeakerKind::Group),
            ("no decision had been made", "Maria Lopez", SpeakerKind::Person),
        ],
    );
    let answer = reported(&q).into_iter().find(|x| x.text == "no" && cue(x) == Some("said")).expect("the answer");
    assert_eq!(speaker_of(&sp, answer).name, "Tom Reyes");
    let reports: Vec<&str> = reported(&q).iter().map(|x| x.text.as_str()).collect();
    assert!(!reports.iter().any(|t| t.starts_with("no sign")), "{reports:?}");
}

/// A headline's label before a colon that names a text, people by their role or an
/// outlet is the source of what follows (`Poll: ...`, `Historians: ...`, `KBX: ...` over
/// a story whose dateline names KBX again): the speakers stage makes it an entity, and
/// the `colon-source` item names it. Before, such items had no speaker. A heading in
/// capitals names no one (`RUNNING TALLY:`), nor do words the text does not use again
/// (`HUGE:`, `NEW:`, `Good News:`, `KBX:` over a story that never names KBX again), nor a
/// plural that names no people (`Numbers:`).
#[test]
fn a_label_before_a_colon_names_the_source() {
    let body = "The story goes on with more words here.";
    for (headline, body, name, kind) in [
        ("Poll: Tom Reyes leads Ann Cole in the harbour race", body, "poll", SpeakerKind::Document),
        ("Historians: Reyes and Cole are linked no matter what", body, "Historians", SpeakerKind::Group),
        ("KBX: Reyes to quit the board after the vote", "EASTVALE (KBX) — The story goes on with more words here.", "KBX", SpeakerKind::Organisation),
        ("Harbour Herald: Fares will rise next year for all riders", "The Harbour Herald asked the board for its figures.", "Harbour Herald", SpeakerKind::Organisation),
    ] {
        let text = format!("{headline}\n\n{body}\n");
        let (sp, q) = run(&text);
        let x = q.quotes.iter().find(|x| x.rule.as_deref() == Some("colon-source")).unwrap_or_else(|| panic!("a colon-source item in {headline:?}"));
        let who = speaker_of(&sp, x);
        assert_eq!((who.name.as_str(), who.kind), (name, kind), "{headline}");
    }
    for headline in [
        "RUNNING TALLY: Reyes leads in Eastvale by three points",
        "HUGE: Shocking photos of the rally are going around",
        "KBX: Reyes to quit the board after the vote",
        "NEW: Tom Reyes will run for mayor again next year",
        "Numbers: the board spent three million on the ferry",
        "Good News: the Eastvale bridge reopens on Tuesday",
    ] {
        let text = format!("{headline}\n\n{body}\n");
        let (sp, q) = run(&text);
        assert!(q.quotes.iter().filter(|x| x.rule.as_deref() == Some("colon-source")).all(|x| x.speaker.is_none()), "{headline}: {:#?}", q.quotes);
        assert!(sp.speakers.iter().flat_map(|s| &s.mentions).all(|m| m.span.start() > 0), "{headline}: {:#?}", sp.speakers);
    }
}

/// A headline's kicker before a colon (`The Latest:`, `Wow:`, `Bombshell:`) says nothing
/// of who speaks: no `colon-source` item is read after it, and the clause after it is
/// read for its own subject and verb (`The Latest: Tom Reyes tells voters he is with
/// them` is Reyes's). Before, the kicker was taken for a source that named no one.
#[test]
fn a_kicker_before_a_colon_is_no_source() {
    let text = "The Latest: Tom Reyes tells voters he is with them\n\nThe story goes on with more words here.\n";
    let (sp, q) = run(text);
    assert!(q.quotes.iter().all(|x| x.rule.as_deref() != Some("colon-source")), "{:#?}", q.quotes);
    assert_sources(&sp, &q, &[("he is with them", "Tom Reyes", SpeakerKind::Person)]);
    for headline in ["Wow: Ann Cole lost the vote by a single ballot", "Bombshell: The Harbour Board kept the second report hidden"] {
        let text = format!("{headline}\n\nThe story goes on with more words here.\n");
        let (_, q) = run(&text);
        assert!(q.quotes.iter().all(|x| x.rule.as_deref() != Some("colon-source")), "{headline}: {:#?}", q.quotes);
    }
}

/// A headline's label speaks only for its own headline: a `they` in the body is the
/// group the body names (`Critics: ...` over `Residents packed the hall. “...,” they
/// said.` is the residents'), and an organisation's label and `the board` after it are
/// one organisation. A capitalised word and a colon in the body is no label
/// (`HOST: Welcome back`, `Box Office: tickets are $12`).
#[test]
fn a_headline_label_is_no_antecedent_and_names_its_organisation_once() {
    let text = "Critics: the ferry plan is a waste of money\n\nResidents packed the hall on Tuesday night. “We want the ferry back,” they said.\n";
    let (sp, q) = run(text);
    let x = q.quotes.iter().find(|x| x.text.starts_with("We want")).expect("the quote");
    assert_eq!(speaker_of(&sp, x).name, "Residents");
    let text = "Harbour Board: Fares will rise next year for all riders\n\nThe Harbour Board met on Monday. The board said the rise was needed to pay for repairs.\n";
    let (sp, q) = run(text);
    let boards: Vec<&str> = sp.speakers.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(boards, ["Harbour Board"], "{:#?}", sp.speakers);
    assert_sources(&sp, &q, &[("the rise was needed", "Harbour Board", SpeakerKind::Organisation)]);
    let text = format!("{HEAD}Tom Reyes hosted the show on Monday.\n\nHOST: Welcome back to the show, everyone.\n\nBox Office: tickets are twelve dollars at the door.\n");
    let (sp, _) = run(&text);
    let names: Vec<&str> = sp.speakers.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Tom Reyes"], "{:#?}", sp.speakers);
}

/// A headline that opens with a capital outside ASCII before a colon (`Ę:`) is read
/// without a panic: a first version of the label rule cut such a word at its first byte
/// (the property test found it; its seed is kept beside that test).
#[test]
fn a_non_ascii_capital_before_a_headline_colon_is_read() {
    let (sp, _) = run("Ę: the ferry is late\n\nŻ: the board met.\n");
    assert!(sp.speakers.is_empty(), "{:#?}", sp.speakers);
}

/// Two reports joined by `and` with no comma are two reports once the first content has
/// a verb of its own: `Reyes said the ferry was late and Cole said it was early` is
/// Reyes's and Cole's (before, Reyes's content swallowed Cole's report, and a report
/// inside another's content is dropped). The words between `and` and the verb must all
/// be the new subject's (`and fight what he called ...` is the same content), and `and
/// that ...` is the same verb's second content.
#[test]
fn two_reports_joined_by_and_with_no_comma() {
    let text = format!(
        "{HEAD}Tom Reyes said the ferry was late and Ann Cole said it was early.\n\nAbout 40 percent said they trust the board and 30 percent said they do not.\n\nMaria Lopez said she liked the plan and that she hoped to see it built.\n\nPaul Brandt said the town must act and fight what he called a quiet crisis.\n\nTom Reyes said Ann Cole and Maria Lopez agreed on the toll.\n\nTom Reyes said the deficit was larger than Cole and Brandt said.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(
        &sp,
        &q,
        &[
            ("the ferry was late", "Tom Reyes", SpeakerKind::Person),
            ("it was early", "Ann Cole", SpeakerKind::Person),
            ("they trust the board", "About 40 percent", SpeakerKind::Group),
            ("they do not", "30 percent", SpeakerKind::Group),
        ],
    );
    assert_eq!(item(&q, "the ferry was late").text, "the ferry was late");
    assert_eq!(item(&q, "they trust").text, "they trust the board");
    assert_eq!(item(&q, "she liked").text, "she liked the plan and that she hoped to see it built");
    assert_eq!(item(&q, "the town must").text, "the town must act and fight what he called a quiet crisis");
    assert_eq!(item(&q, "Ann Cole and").text, "Ann Cole and Maria Lopez agreed on the toll");
    // (an `and` after a name joins it to the next: a comparison, not a second report)
    assert_eq!(item(&q, "the deficit").text, "the deficit was larger than Cole and Brandt said");
}

/// `, to which ...`, `, at which point ...`, `, after which ...`: the writer's next event
/// hangs on the whole report and is no part of its content (`said the toll would rise,
/// to which Brandt replied: ...`); not when the clause is still the speaker's, a modal in
/// it (`, after which riders could board`) or an aside the content goes on past (`, to
/// which Brandt objected, next year`).
#[test]
fn a_response_after_to_which_ends_the_content() {
    let text = format!(
        "{HEAD}Maria Lopez said that the toll would rise, to which Paul Brandt replied that it would not.\n\nTom Reyes said the vote was over, at which point the hall went quiet.\n\nTom Reyes said the ferry would dock at five, after which riders could board.\n\nAnn Cole said the board would sell the ferry, to which Brandt objected, next year.\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(item(&q, "the toll would rise").text, "the toll would rise");
    assert_sources(&sp, &q, &[("it would not", "Paul Brandt", SpeakerKind::Person)]);
    assert_eq!(item(&q, "the vote was over").text, "the vote was over");
    // (still the speaker's: a modal in the clause, or an aside the content goes on past)
    assert_eq!(item(&q, "the ferry would dock").text, "the ferry would dock at five, after which riders could board");
    assert_eq!(item(&q, "the board would sell").text, "the board would sell the ferry, to which Brandt objected, next year");
}

/// `said the same` and `said as much` stand for what was said before, as `said so` does:
/// a two-word content (`In the spring, 31 percent said the same`); not `the same rules`,
/// `the same thing about ...` or `as much as`.
#[test]
fn said_the_same_and_said_as_much_are_answers() {
    let text = format!(
        "{HEAD}In the spring, 31 percent said the same.\n\nAnn Cole said as much on Monday.\n\nTom Reyes said the same rules apply to everyone.\n\nPaul Brandt said the same thing about the ferry.\n\nMaria Lopez said as much of the money went to Eastvale.\n"
    );
    let (_, q) = run(&text);
    assert_eq!(item(&q, "the same rules").text, "the same rules apply to everyone");
    assert_eq!(item(&q, "the same thing").text, "the same thing about the ferry");
    let answers: Vec<&str> = reported(&q).iter().filter(|x| x.rule.as_deref() == Some("reported-answer")).map(|x| x.text.as_str()).collect();
    assert_eq!(answers, ["the same", "as much"]);
}

/// A clause that ends with `in` and a poll reports what the poll found, and the poll is
/// its source (`Ann Cole leads Tom Reyes by six points in the latest Harbour Herald
/// poll`, `In March, Reyes had a 12-point lead in a KBX poll.`), as a poll that opens
/// the sentence already was (`In the poll, ...`). Not a noun's phrase (`Cole's lead in
/// the poll surprised ...`), nor taking part in a poll (`Members voted in the poll`).
#[test]
fn a_clause_that_ends_in_a_poll_is_the_polls_finding() {
    let text = format!(
        "{HEAD}Ann Cole leads Tom Reyes by six points in the latest Harbour Herald poll.\n\nIn March, Reyes had a 12-point lead in a KBX poll.\n\nCole's lead in the poll surprised the board.\n\nMembers voted overwhelmingly in the poll of the union.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(
        &sp,
        &q,
        &[
            ("Ann Cole leads Tom Reyes by six points", "Harbour Herald poll", SpeakerKind::Document),
            ("Reyes had a 12-point lead", "KBX poll", SpeakerKind::Document),
        ],
    );
    assert_eq!(item(&q, "Ann Cole leads").text, "Ann Cole leads Tom Reyes by six points");
    assert_eq!(cue(item(&q, "Reyes had")), Some("in"));
    let texts: Vec<&str> = reported(&q).iter().map(|x| x.text.as_str()).collect();
    assert!(!texts.iter().any(|t| t.starts_with("Cole's lead") || t.starts_with("Members voted")), "{texts:#?}");
}

/// From a review of the poll rule above, what a clause ending `in` a poll must not be
/// read as: taking part (`took part in a survey`), a verb's or a noun's own `in` (`has
/// confidence in polls`), a noun's lead (`surprised by his lead in the poll`), a question
/// (`Why is Reyes trailing in the polls?`), a clause whose subject stands before an aside
/// (`Reyes, the mayor, leads ...`). And a poll that closes a relative clause or an aside
/// is no source at all (`Cole, who leads in the polls, said ...` is Cole's, and the
/// speakers stage makes no poll of it).
#[test]
fn what_a_clause_ending_in_a_poll_is_not() {
    let text = format!(
        "{HEAD}Ann Cole took part in a survey of Eastvale riders.\n\nTom Reyes has confidence in the polls.\n\nTom Reyes was surprised by his lead in the poll.\n\nWhy is Tom Reyes trailing in the polls?\n\nTom Reyes, the mayor, leads Ann Cole by six points in the latest poll.\n\nReyes and Cole are tied at 45 percent in the newest KBX survey.\n\nAbout 600 members voted in the union survey.\n"
    );
    let (sp, q) = run(&text);
    let polls: Vec<&str> = reported(&q).iter().filter(|x| x.rule.as_deref() == Some("reported-in-poll")).map(|x| x.text.as_str()).collect();
    assert_eq!(polls, ["Reyes and Cole are tied at 45 percent"]);
    assert_sources(&sp, &q, &[("Reyes and Cole are tied", "KBX survey", SpeakerKind::Document)]);
    // (and the speakers stage makes no source of a poll that found nothing)
    let documents: Vec<&str> = sp.speakers.iter().filter(|s| s.kind == SpeakerKind::Document).map(|s| s.name.as_str()).collect();
    assert_eq!(documents, ["KBX survey"]);
    let text = format!("{HEAD}Ann Cole, who leads in the polls, said she would debate Tom Reyes.\n");
    let (sp, q) = run(&text);
    assert_sources(&sp, &q, &[("she would debate", "Ann Cole", SpeakerKind::Person)]);
    assert!(sp.speakers.iter().all(|s| s.kind != SpeakerKind::Document), "{:#?}", sp.speakers);
}

/// A `that` right before its clause's auxiliary or modal is the clause's subject, not
/// its opener, and the content keeps it (`said that was wrong`, `said that will never
/// happen`, `Newer surveys show that has changed`); before, the first had no item at all
/// and the others lost their subject.
#[test]
fn a_demonstrative_that_is_the_contents_subject() {
    let text = format!(
        "{HEAD}Tom Reyes said that was wrong.\n\nAnn Cole said that will never happen.\n\nNewer surveys show that has changed.\n\nMaria Lopez said that the ferry was late.\n\nPaul Brandt told reporters that was not his job.\n"
    );
    let (_, q) = run(&text);
    let texts: Vec<&str> = reported(&q).iter().map(|x| x.text.as_str()).collect();
    assert_eq!(texts, ["that was wrong", "that will never happen", "that has changed", "the ferry was late", "that was not his job"]);
}

/// A report inside the sentence's subject (a relative clause's verb, a noun of speech
/// or attitude, an `-ing` form) ends before the sentence's own verb, at the comma
/// before its subject when there is one; a clause the content holds keeps its own verb
/// (`said the ferry was late`, `doubt that the ferry will run`, `doubt the mayor will`,
/// `make sure the bill is passed`, `the plan was bad` joined by `and`, a relative
/// clause between commas). A verb that opens the sentence's clause, and an `-ing` form
/// after a comma, are not in a subject: their contents run on as before. `May` and
/// `Will` are a month and a name; `wasn't` is an auxiliary; a closing mark stays. The
/// sentence's verb is the last auxiliary no clause of the content claims, so a clause
/// the rules do not see opening (`the levy the council had approved`, `worried the
/// school would close`) does not cut the content short; after a relative clause the
/// content never ends at a comma inside it (`the manager, Paul Brandt`). A relative
/// clause set off by commas after a common noun ends at its comma (`The senator, who
/// said the bill would pass, did not attend`); a noun of speech after a determiner or
/// a possessive is in the subject whatever rule read it (`His claim that ...`), not
/// after a pronoun's `'s` (`He’s predicting ...`).
#[test]
fn a_report_inside_the_subject_ends_before_the_sentences_verb() {
    let text = format!(
        "{HEAD}A donor who wants to give again could send another $4,000. \
         Her statement about the levy was not challenged by the moderators. \
         Voters who said the ferry was late were angry. \
         Opposition to the toll has also galvanized riders in Eastvale. \
         In claiming the plan was dead, Tom Reyes has angered the council. \
         Those who think the council will approve it are wrong. \
         Riders who doubt that the ferry will run on time have stopped buying passes. \
         The mayor who promised to cut fares will face voters in May.\n\n\
         Ann Cole said the bridge was unsafe and will close. \
         Reyes spoke for an hour, mentioning the levy was dead and would be repealed.\n\n\
         Officials who said the road would reopen in May were wrong. \
         A resident who said Will Brandt was lying has apologised. \
         Voters who said the ferry wasn't reliable were right. \
         Those who doubt the mayor will keep her promise are many. \
         Critics who said the tax, which was new, was unfair have been vindicated. \
         Residents who say the ferry is 'always late' are right. \
         Residents who wonder if the bridge is safe should read the report. \
         Supporters who want to make sure the bill is passed are lobbying hard. \
         A voter who said the mayor was wrong and the plan was bad was interviewed.\n\n\
         Residents who said they had been told the bridge was safe were angry. \
         Parents who said they were worried the school would close have started a petition. \
         Officials who said the bridge would close before the work was done have been overruled. \
         Her statement about the levy the council had approved was not challenged. \
         Fans who said the club should sack the manager, Paul Brandt, have got their way. \
         Economists who said the plan was dead, the deficit was growing and the mayor should resign were booed. \
         Voters who said they were convinced Reyes had won were disappointed. \
         Workers who said they'd been warned the plant was unsafe have sued the firm. \
         People who say they are worried about the ferry have been invited to speak. \
         Workers who hoped the plant would stay open were told on Friday it would close.\n\n\
         The senator, who said the bill would pass, did not attend the vote. \
         His claim that the mayor had lied was rejected by the court. \
         Her promise to cut taxes will be tested next year. \
         “We will win,” Tom Reyes said. He’s predicting he will win the seat by a wide margin. \
         Any rider who is not a resident and is asked to vote on the toll is counted. \
         Her plan to cut fares is consistent with her record, so the town can avoid a toll. \
         Nurses who said the ward was so busy they could not cope have been praised.\n"
    );
    let (_, q) = run(&text);
    assert_contents(&q, &[
        "to give again",
        "the levy",
        "the ferry was late",
        "the toll",
        "the plan was dead",
        "the council will approve it",
        "the ferry will run on time",
        "to cut fares",
        "the bridge was unsafe and will close",
        "the levy was dead and would be repealed",
        "the road would reopen in May",
        "Will Brandt was lying",
        "the ferry wasn't reliable",
        "the mayor will keep her promise",
        "the tax, which was new, was unfair",
        "the ferry is 'always late'",
        "if the bridge is safe",
        "to make sure the bill is passed",
        "the mayor was wrong and the plan was bad",
        "they had been told the bridge was safe",
        "they were worried the school would close",
        "the bridge would close before the work was done",
        "the levy the council had approved",
        "the club should sack the manager, Paul Brandt",
        "the plan was dead, the deficit was growing and the mayor should resign",
        "they were convinced Reyes had won",
        "they'd been warned the plant was unsafe",
        "they are worried about the ferry",
        "the plant would stay open",
        "the bill would pass",
        "the mayor had lied",
        "to cut taxes",
        "he will win the seat by a wide margin",
        "to vote on the toll",
        "to cut fares",
        "the ward was so busy they could not cope",
    ]);
}

/// `including` after an object's comma or dash opens the object's examples, which are
/// part of it (`proposed new taxes, including a levy on ferries`); the object still ends
/// at the next comma that no list goes on past, and a participle after a comma still
/// opens the writer's aside.
#[test]
fn examples_after_an_object_are_the_objects() {
    let text = format!(
        "{HEAD}Tom Reyes proposed new taxes, including a levy on ferries. \
         Ann Cole criticized the plan, including its cost, at a meeting on Monday. \
         Paul Brandt opposed the plan, saying it would fail.\n"
    );
    let (_, q) = run(&text);
    assert_contents(&q, &["new taxes, including a levy on ferries", "the plan, including its cost", "the plan", "it would fail"]);
}

/// An auxiliary after an object's `and` (past an adverb), or a past form before an object,
/// an adverb or a particle, is the subject's next act, which no noun phrase holds
/// (`backed the levy and is also advising the board`, `praised the answer and went
/// right back to his guests`); not a modifier (`the harbour levy and paid parking`), a
/// base form (`to file complaints and set deadlines`), a participle after another, nor a
/// verb of a clause the object holds (`rivals who might have entered but didn't`).
#[test]
fn an_auxiliary_after_an_objects_and_is_the_subjects_next_act() {
    let text = format!(
        "{HEAD}Tom Reyes backed the levy and is also advising the board on its budget. \
         The host praised Ann Cole's answer and then went back to the studio. \
         Paul Brandt endorsed the plan but has spoken against the toll.\n\n\
         Maria Lopez raised concerns about the harbour levy and paid parking. \
         Ann Cole offered a path for riders to file complaints and set deadlines. \
         Tom Reyes mentioned a list of rivals who might have entered but didn't.\n"
    );
    let (_, q) = run(&text);
    assert_contents(&q, &[
        "the levy",
        "Ann Cole's answer",
        "the plan",
        "the harbour levy and paid parking",
        "a path for riders to file complaints and set deadlines",
        "a list of rivals who might have entered but didn't",
    ]);
}

/// A relative clause whose relative word is its verb's object (`a charge that Reyes has
/// always denied`, `the toll, which Ann Cole opposes`, `what Ann Cole told KBX`): the
/// relative word is the content and the subject the source; with `as`, what it is taken
/// for too, up to the main clause's verb (before, no item). Not a conjunction's `that`
/// after a verb, an adjective, a pronoun, a result's `so` or a noun of fact, nor a
/// relative after a preposition, nor a question (`what` after `unclear`), a cleft's
/// `what`, `whom` told, nor a verb with an object of its own.
#[test]
fn a_relative_word_that_is_the_verbs_object_is_the_content() {
    let text = format!(
        "{HEAD}It was a charge that Tom Reyes always denied.\n\n\
         The toll, which Ann Cole opposes, will rise in May.\n\n\
         The memo conflicted with what Maria Lopez told KBX before the vote.\n\n\
         They tied Paul Brandt to a board that Ann Cole widely views as ineffective.\n\n\
         Tom Reyes said that Ann Cole agreed.\n\n\
         It is clear that Maria Lopez disagrees.\n\n\
         The debate grew so heated that Ann Cole objected.\n\n\
         It amazes me that Tom Reyes denied.\n\n\
         The hearing in which Paul Brandt testified ended early.\n\n\
         What did Maria Lopez say?\n\n\
         The fund that Ann Cole praised the mayor for is empty.\n\n\
         The fact that Tom Reyes agreed in May surprised his allies.\n\n\
         It is unclear what Ann Cole said at the meeting.\n\n\
         The reporter whom Maria Lopez told about the leak was fired.\n\n\
         What Paul Brandt wants is a recount.\n\n\
         The levy that most riders oppose will appear on the ballot.\n\n\
         The agency that Tom Reyes views as corrupt has denied it.\n\n\
         The route, which Cole wrote about last month, has closed.\n"
    );
    let (sp, q) = run(&text);
    let relative: Vec<(&str, Option<&str>, &str)> = reported(&q)
        .iter()
        .filter(|x| x.rule.as_deref() == Some("reported-relative"))
        .map(|x| (x.text.as_str(), cue(x), speaker_of(&sp, x).name.as_str()))
        .collect();
    assert_eq!(
        relative,
        [
            ("that", Some("denied"), "Tom Reyes"),
            ("which", Some("opposes"), "Ann Cole"),
            ("what", Some("told KBX"), "Maria Lopez"),
            ("that Ann Cole widely views as ineffective", Some("views as"), "Ann Cole"),
            ("that", Some("oppose"), "riders"),
            ("that Tom Reyes views as corrupt", Some("views as"), "Tom Reyes"),
            ("which", Some("wrote about"), "Ann Cole"),
        ]
    );
    let x = item(&q, "that Ann Cole widely");
    assert_eq!(parts(x, &text), ["that", "ineffective"]);
}

/// `the string of races known as Harbour Day`, `Mr. Ortiz, known as Sonny`: `known as`
/// and `seen as` right after a noun, with no form of `be`, name what the noun is known
/// or seen as; the noun phrase is content too unless a comma sets the participle off
/// (before, no item). The content ends before the main clause's verb; a participle after
/// an adverb of degree is no such phrase (`is well known as`, which the passive rule
/// does not read either).
#[test]
fn known_as_after_a_noun_names_it() {
    let text = format!(
        "{HEAD}Cole won the string of races known as Harbour Day.\n\n\
         The Harbour Trust, also known as the Fund, will close.\n\n\
         Riders seen as likely hecklers are ushered out.\n\n\
         Tom Reyes is well known as a tough negotiator.\n"
    );
    let (_, q) = run(&text);
    let known: Vec<(Vec<&str>, Option<&str>)> = reported(&q).into_iter().filter(|x| cue(x).is_some_and(|c| c.ends_with(" as"))).map(|x| (parts(x, &text), cue(x))).collect();
    assert_eq!(
        known,
        [
            (vec!["the string of races", "Harbour Day"], Some("known as")),
            (vec!["the Fund"], Some("known as")),
            (vec!["Riders", "likely hecklers"], Some("seen as")),
        ]
    );
}

/// A report inside a relative clause whose content opens with its verb (`The plan that
/// Tom Reyes said would fail was adopted`, `The new fares, which officials said were
/// unfair, will expire`) has the relative word, that verb's subject, as its first part,
/// and ends with the clause: before the main clause's verb, or at the comma that closes
/// a clause set off by commas (before, the verb phrase alone, running on through the
/// main clause, or no item). And the main clause is no report's content: not the object
/// of a verb whose object is the relative word (`The candidate that the board endorsed
/// lost the primary`, read as `lost the primary`), nor a content before and after a
/// relative clause set off by commas (`The charges, which Ann Cole denies, carry ...`,
/// read as `The charges` and `carry ...`), nor an adverb closing the clause (`talked
/// about constantly`). The clause's closing comma is the one the main clause's verb
/// follows, not a list's (`would fund schools, roads and parks`); a verb that takes no
/// object (`wrote` takes a `that` clause) or a clause whose subject is the relative word
/// (`which analysts expect will pass`) is no relative object. A content that opens with
/// a past in `-ed` opens with its verb too (`who police say fired the shots`).
#[test]
fn a_relative_clauses_report_ends_with_the_clause() {
    let text = format!(
        "{HEAD}The plan that Tom Reyes said would fail was adopted.\n\n\
         The new fares, which officials said were unfair, will expire in May.\n\n\
         The candidate that the board endorsed lost the primary.\n\n\
         The charges, which Ann Cole strongly denies, carry a ten-year sentence.\n\n\
         The levy was one that Paul Brandt talked about constantly.\n\n\
         Officials unveiled a levy, which they said would fund schools, roads and parks.\n\n\
         The reform, which Ann Cole argued would save money, cut waste and end delays, was rejected.\n\n\
         The rules that the agency wrote were challenged in court.\n\n\
         The budget, which analysts expect will pass easily, goes to a vote on Friday.\n\n\
         The topic that voters talked about constantly was housing.\n\n\
         The man who police say fired the shots was arrested on Sunday.\n\n\
         The woman, who neighbours said lived alone, was found on Tuesday.\n"
    );
    let (_, q) = run(&text);
    let got: Vec<(Vec<&str>, Option<&str>)> = reported(&q).into_iter().map(|x| (parts(x, &text), cue(x))).collect();
    assert_eq!(
        got,
        [
            (vec!["that", "would fail"], Some("said")),
            (vec!["which", "were unfair"], Some("said")),
            (vec!["that"], Some("endorsed")),
            (vec!["which"], Some("denies")),
            (vec!["that"], Some("talked about")),
            (vec!["which", "would fund schools, roads and parks"], Some("said")),
            (vec!["which", "would save money, cut waste and end delays"], Some("argued")),
            (vec!["that"], Some("talked about")),
            (vec!["who", "fired the shots"], Some("say")),
            (vec!["who", "lived alone"], Some("said")),
        ]
    );
}

/// `, and aides say ...`, `, because she believed ...`: after a comma, a plural in lower
/// case or a subject pronoun with a verb that reports a clause opens a report of its own,
/// which ends the content before it (before, `and aides say he will run again` was part
/// of the first report's content and no report of its own). Not another subject's reason,
/// which is the first speaker's explanation (`, because officials believed ...`), a verb
/// whose clause would be no item (`, and miners warned it was unsafe`), a science's name
/// (`, and physics says`), nor `because she said so`.
#[test]
fn a_new_subject_with_its_verb_of_speech_after_a_comma_ends_the_content() {
    let text = format!(
        "{HEAD}Tom Reyes said the toll will rise, and aides say he will run again.\n\n\
         Ann Cole wanted to stop the toll, because she believed it would hurt riders.\n\n\
         Paul Brandt said the toll will rise, and parks will close.\n\n\
         Maria Lopez said the plan failed, because officials believed it was too costly.\n\n\
         Paul Brandt said the mine would reopen, and miners warned it was unsafe.\n\n\
         Ann Cole said the plan was bold, and physics says it cannot work.\n\n\
         Maria Lopez said she would stay, because she said so.\n"
    );
    let (_, q) = run(&text);
    let got: Vec<(&str, Option<&str>)> = reported(&q).into_iter().map(|x| (x.text.as_str(), cue(x))).collect();
    assert_eq!(
        got,
        [
            ("the toll will rise", Some("said")),
            ("he will run again", Some("say")),
            ("to stop the toll", Some("wanted")),
            ("it would hurt riders", Some("believed")),
            ("the toll will rise, and parks will close", Some("said")),
            ("the plan failed, because officials believed it was too costly", Some("said")),
            ("the mine would reopen, and miners warned it was unsafe", Some("said")),
            ("the plan was bold, and physics says it cannot work", Some("said")),
            ("she would stay, because she said so", Some("said")),
        ]
    );
}

/// From a review of the relative-clause rules: a main clause's verb after a relative
/// clause keeps its object (`The union that Tom Reyes leads endorsed paid family leave`:
/// `paid` is an adjective, and `endorsed` no verb of the relative clause); a relative
/// word that is the cue's own subject gives the content no verb to open with (`Voters who
/// said elected officials were corrupt`: not cut to `elected officials`); a cleft's
/// `What` opening the sentence is no subject of the content.
#[test]
fn relative_clause_rules_leave_main_clauses_and_clefts_alone() {
    let text = format!(
        "{HEAD}The union that Tom Reyes leads endorsed paid family leave.\n\n\
         Voters who said elected officials were corrupt stayed home.\n\n\
         What Ann Cole said was that the plan failed.\n"
    );
    let (_, q) = run(&text);
    assert_eq!(cue(item(&q, "paid family leave")), Some("endorsed"));
    assert!(item(&q, "elected officials").text.starts_with("elected officials were corrupt"), "{:#?}", q.quotes);
    assert!(reported(&q).iter().all(|x| !x.text.starts_with("What")), "{:#?}", reported(&q));
}

/// A report inside a phrase that opens the sentence ends at the phrase's comma, before
/// the sentence's subject and verb; before, it ran on through the main clause, whose own
/// report was then dropped as nested in it. A comma inside the report (a list, an
/// aside, a relative clause) is not the phrase's.
#[test]
fn a_report_in_a_phrase_opening_the_sentence_ends_at_its_comma() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "One week after declaring her backing for Tom Reyes, Ann Cole still believes that the toll is unfair.",
            &[("her backing for Tom Reyes", "declaring"), ("the toll is unfair", "believes")],
        ),
        ("Before announcing the plan, the mayor told reporters that the bridge was unsafe.", &[("the bridge was unsafe", "told reporters")]),
        ("After he denied the charges against him, the board said it would investigate.", &[("the charges against him", "denied"), ("it would investigate", "said")]),
        // (past an apposition; `the plan` alone is too short to be an item)
        ("When Reyes announced the plan, Cole, the board's chair, said it would fail.", &[("it would fail", "said")]),
        // (from the code review: a preposition opens such a phrase only right before the
        // cue, `On Monday Reyes said` is no phrase; an aside's comma after `that if` is not
        // the phrase's; a span of time may lead a subordinator)
        ("On Monday Reyes said voters feared that if the levy passed, the board would resign.", &[("voters feared that if the levy passed, the board would resign", "said")]),
        ("In the eight weeks since declaring her bid in Eastvale, Cole has toured the county.", &[("her bid in Eastvale", "declaring")]),
        // (a perfect participle opens such a phrase too)
        ("Having promised to cut taxes, Reyes said the budget would be tight.", &[("to cut taxes", "promised"), ("the budget would be tight", "said")]),
        // (commas inside the report)
        ("Although Reyes said that, if elected, he would cut taxes, the board doubted it.", &[("if elected, he would cut taxes", "said")]),
        ("In his speech, Reyes said the toll, which rose in May, would fall.", &[("the toll, which rose in May, would fall", "said")]),
        ("Before the storm, officials warned that the bridge, built in 1950, was unsafe.", &[("the bridge, built in 1950, was unsafe", "warned")]),
        ("After Reyes promised new roads, schools and parks, voters backed him.", &[("new roads, schools and parks", "promised"), ("him", "backed")]),
    ];
    assert_items(cases);
}

/// The subject's next verb of speech after `and` opens a report of its own: a participle
/// after a participle's content (`calling it fair and saying ...`), and a verb after an
/// object of two words, which had been too short to end before it (`denied any
/// wrongdoing and pointed out that ...`); before, the first content ran on over the
/// second report, which was then dropped as nested in it. A clause's own subject keeps
/// its verbs (`clarified Cole misspoke and intended to ...`), and so does a participle
/// inside a clause (`said the board was calling it fair and saying ...`).
#[test]
fn the_subjects_next_verb_of_speech_after_and_is_a_report_of_its_own() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("Ann Cole defended the toll, calling it fair and saying the bridge needed repairs.", &[("the toll", "defended"), ("it fair", "calling"), ("the bridge needed repairs", "saying")]),
        ("Cole spoke for an hour, mentioning the levy and suggesting that it would fall.", &[("the levy", "mentioning"), ("it would fall", "suggesting")]),
        ("Reyes denied any wrongdoing and pointed out that the audit found nothing.", &[("any wrongdoing", "denied"), ("the audit found nothing", "pointed out")]),
        ("Reyes denied the charge and insisted that the audit found nothing.", &[("the charge", "denied"), ("the audit found nothing", "insisted")]),
        ("Reyes said the board was calling it fair and saying nothing else.", &[("the board was calling it fair and saying nothing else", "said")]),
        ("Reyes left the hall, saying the toll was unfair and urging riders to stay home.", &[("the toll was unfair", "saying"), ("riders to stay home", "urging")]),
    ];
    assert_items(cases);
    // (the second participle is the first one's subject's, never a name inside the first
    // one's content)
    let (sp, q) = run(&format!("{HEAD}Tom Reyes criticised the ruling, saying the judge erred and adding that an appeal was likely.\n"));
    assert_eq!(speaker_of(&sp, item(&q, "an appeal")).name, "Tom Reyes");
    let (_, q) = run(&format!("{HEAD}Cole criticised the ruling, saying the judge erred and adding that an appeal was likely.\n"));
    assert_eq!(item(&q, "an appeal").speaker, None);
    // (a clause's subject: the content goes on, whoever reads `intended`)
    let (_, q) = run(&format!("{HEAD}The aide clarified Cole misspoke and intended to say the plan was dead.\n"));
    assert!(reported(&q).iter().all(|x| x.text != "Cole misspoke"), "{:#?}", q.quotes);
}

/// A noun of speech that its verb's subject holds reports near the sentence's start too,
/// after a surname (`Cole voiced concern that ...`, which had been taken for a noun
/// opening its sentence, as in `Rumors that ... spread`), and past an adverb in `-ly`
/// (`Reyes notably made no mention of ...`, which had had no speaker).
#[test]
fn a_held_noun_of_speech_after_a_surname_or_an_adverb_is_the_subjects() {
    let (sp, q) = run(&format!("{HEAD}Ann Cole spoke on Monday. Cole voiced concern that the bridge would close.\n"));
    let x = item(&q, "the bridge would close");
    assert_eq!((speaker_of(&sp, x).name.as_str(), cue(x)), ("Ann Cole", Some("voiced concern that")));
    let (sp, q) = run("Headline\n\nTom Reyes spoke on Monday. But Reyes notably made no mention of the toll.\n");
    let x = item(&q, "the toll");
    assert_eq!((speaker_of(&sp, x).name.as_str(), cue(x)), ("Tom Reyes", Some("made no mention of")));
    // (and past an apposition set off by commas, from the second review)
    let (sp, q) = run(&format!("{HEAD}Ann Cole, the mayor of Eastvale, voiced concern that the bridge would close.\n"));
    let x = item(&q, "the bridge would close");
    assert_eq!((speaker_of(&sp, x).name.as_str(), cue(x)), ("Ann Cole", Some("voiced concern that")));
    // (and past a relative clause set off by commas, whose own verb it holds)
    let (sp, q) = run(&format!("{HEAD}Ann Cole, who has spent the week in Eastvale, voiced concern that the bridge would close.\n"));
    let x = item(&q, "the bridge would close");
    assert_eq!((speaker_of(&sp, x).name.as_str(), cue(x)), ("Ann Cole", Some("voiced concern that")));
    // (an emphatic `did` holds as the plain verb does; a contracted negation holds
    // nothing, as `did not` does)
    let (sp, q) = run(&format!("{HEAD}Tom Reyes spoke on Monday. He did express concern that donors would leave the race.\n"));
    let x = item(&q, "donors would leave");
    assert_eq!((speaker_of(&sp, x).name.as_str(), cue(x)), ("Tom Reyes", Some("express concern that")));
    let (_, q) = run(&format!("{HEAD}Tom Reyes spoke on Monday. He didn't express concern that donors would leave the race.\n"));
    assert_eq!(item(&q, "donors would leave").speaker, None);
    // (a noun that opens its sentence, held by no verb, is still no report of its own)
    let (_, q) = run(&format!("{HEAD}Rumors that the mayor will resign spread fast.\n"));
    assert!(reported(&q).is_empty(), "{:#?}", q.quotes);
}

/// After `told` and its addressee, a subject pronoun opens the content with no `that`:
/// the `to` of an infinitive later in that content is the content's, not `told X to`
/// (`told KBX they concluded there was no need to disclose it` had the cue `told KBX
/// they concluded there was no need` and the content `to disclose it`).
#[test]
fn a_subject_pronoun_after_told_and_its_addressee_opens_the_content() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("The heads of both firms told KBX they concluded there was no need to disclose it.", &[("they concluded there was no need to disclose it", "told KBX")]),
        ("Tom Reyes told the Harbour Herald he planned to stay home.", &[("he planned to stay home", "told the Harbour Herald")]),
        ("Ann Cole assured voters she would force the board to pay for the bridge.", &[("she would force the board to pay for the bridge", "assured voters")]),
        // (an addressee and its infinitive, as before)
        ("Tom Reyes told the board to wait for the audit.", &[("to wait for the audit", "told the board")]),
        // (from the second review: `it` and `I` open the content too, and a lower-case
        // plural before a subject pronoun is an addressee)
        ("Tom Reyes told reporters it was time to go.", &[("it was time to go", "told reporters")]),
        ("Tom Reyes told the Harbour Herald I have never seen a budget like this.", &[("I have never seen a budget like this", "told the Harbour Herald")]),
        ("Maria Lopez told friends she planned to move to Tidewater next spring.", &[("she planned to move to Tidewater next spring", "told friends")]),
        // (a question word right before the clause is the content's)
        ("Tom Reyes told the officer where she had parked the car.", &[("where she had parked the car", "told the officer")]),
        ("Tom Reyes told KBX when she would announce her decision.", &[("when she would announce her decision", "told KBX")]),
    ];
    assert_items(cases);
    // (nor is a relative word's clause after a named addressee a content: `weigh what
    // Cole told the Herald against what she told the board` gives no such item)
    let (_, q) = run(&format!("{HEAD}Ann Cole spoke. Lawmakers will weigh what Cole told the Harbour Herald against what she told the board.\n"));
    assert!(reported(&q).iter().all(|x| !cue(x).is_some_and(|c| c.contains("against what"))), "{:#?}", q.quotes);
}

/// `see` takes an object far more often than a clause with no `that` (`saw the crash`),
/// so it claims no clause of its own in a report inside the sentence's subject: `The man
/// who said he saw the crash has not been identified` reports `he saw the crash`, where
/// the content had run on to the sentence's end. (The reverse now cuts short: `Voters who
/// said they saw the plan was doomed were ...`, rarer.)
#[test]
fn saw_takes_an_object_in_a_report_inside_the_subject() {
    let (_, q) = run(&format!("{HEAD}The man who told police he saw the crash has not been identified.\n"));
    assert_contents(&q, &["he saw the crash"]);
}

/// A comma one to three words before the sentence's end, after a phrase that opens the
/// sentence, with no name there: the search for a subject and its verb after it reads
/// past the sentence's last word no more (it indexed past it, a panic, in the first form
/// of the rule).
#[test]
fn a_comma_near_the_end_after_an_opening_phrase_does_not_panic() {
    let (_, q) = run(&format!("{HEAD}By saying the board had failed, Cole and Reyes angered voters in Eastvale, Maine.\n\nIn saying the levy was unfair, the mayor.\n"));
    assert_contents(&q, &["the board had failed", "the levy was unfair, the mayor"]);
}

/// A plural after an object's `and` is as often a second noun as a verb: the two-word
/// object ends before `and` only when a past or a verb with its own clause follows
/// (`Officials said the audit and claims in it were false` keeps its clause).
#[test]
fn a_plural_after_a_two_word_objects_and_is_a_noun() {
    let (_, q) = run(&format!("{HEAD}Officials said the audit and claims in it were false.\n"));
    assert_contents(&q, &["the audit and claims in it were false"]);
}

/// The subject of a phrasal verb of speech (`point out`, `made it clear`) or of an
/// adjective of attitude after `be` (`are concerned that`, `have been critical of`) holds
/// the view as `believe`'s does: a group there is a source. Before, the speakers stage
/// kept a group only before a verb of its own, and these items had no speaker.
#[test]
fn a_group_before_a_phrasal_verb_or_an_adjective_of_attitude_is_a_source() {
    let text = format!(
        "{HEAD}Ferry workers point out that the toll has doubled. Some riders made it clear that they would walk. \
         Local unions are concerned that the levy will cost jobs. Harbour pilots have been critical of the new schedule. \
         Dock workers remain confident that the port will reopen. Ferry captains voiced concern that the schedule was unsafe. \
         Harbour tenants are deeply skeptical of the new lease.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(
        &sp,
        &q,
        &[
            ("the toll has doubled", "Ferry workers", SpeakerKind::Group),
            // (named by its noun, as a group that says is)
            ("they would walk", "riders", SpeakerKind::Group),
            ("the levy will cost jobs", "Local unions", SpeakerKind::Group),
            ("the new schedule", "Harbour pilots", SpeakerKind::Group),
            // (a copula that holds an adjective as `be` does)
            ("the port will reopen", "Dock workers", SpeakerKind::Group),
            // (a verb that holds a noun of speech as its subject's own)
            ("the schedule was unsafe", "Ferry captains", SpeakerKind::Group),
            // (past an adverb between the copula and the adjective, from the code review)
            ("the new lease", "Harbour tenants", SpeakerKind::Group),
        ],
    );
    // (not `have`, whose object may be another's)
    let (sp, _) = run(&format!("{HEAD}Harbour pilots met on Monday. They have the endorsement of the council for the new schedule.\n"));
    assert!(sp.speakers.is_empty(), "{:#?}", sp.speakers);
    // (a particle's verb without its particle says nothing, `at one point`; an adjective
    // with no copula before it is no clause's, `Residents concerned that ...`)
    let (sp, _) = run(&format!("{HEAD}Ferry workers point to the schedule. Residents concerned that the levy would pass left early.\n"));
    assert!(sp.speakers.is_empty(), "{:#?}", sp.speakers);
}

/// The subject of a held passive (`is convinced that`, `were worried about`) holds the
/// view; other passives name the one told, no source (`was told that`).
#[test]
fn the_subject_of_a_held_passive_is_the_source() {
    let text = format!(
        "{HEAD}Tom Reyes spoke on Monday. Reyes is still convinced that the ferry will return. \
         Ann Cole is worried that the levy will fail. Dock workers were persuaded that the schedule would change.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(
        &sp,
        &q,
        &[
            ("the ferry will return", "Tom Reyes", SpeakerKind::Person),
            ("the levy will fail", "Ann Cole", SpeakerKind::Person),
            ("the schedule would change", "Dock workers", SpeakerKind::Group),
        ],
    );
    assert_eq!(cue(item(&q, "the ferry will return")), Some("convinced"));
    let (_, q) = run(&format!("{HEAD}Tom Reyes spoke on Monday. Reyes was told that the ferry would not return.\n"));
    assert_eq!(item(&q, "the ferry would not").speaker, None);
    // (from the review: after a copula too; and not before `to`, which names what the
    // subject was talked into, no view it holds)
    let (sp, q) = run(&format!("{HEAD}Ann Cole spoke on Monday. Cole became convinced that the vote had been rigged.\n"));
    assert_sources(&sp, &q, &[("the vote had been rigged", "Ann Cole", SpeakerKind::Person)]);
    let (sp, q) = run(&format!("{HEAD}The dock workers were persuaded to stay another season.\n"));
    assert_eq!(item(&q, "to stay another").speaker, None, "{:#?}", sp.speakers);
    assert!(sp.speakers.is_empty(), "{:#?}", sp.speakers);
}

/// A copula that is the document's first word has no subject before it: a headline that
/// opens `Be Aware That ...` or `Remain confident that ...` had made the speakers stage
/// read before the first word, a panic.
#[test]
fn a_copula_opening_the_document_before_an_adjective_of_attitude_does_not_panic() {
    for text in ["Be Aware That The Toll Will Rise\n\nThe council met on Monday.\n", "Remain confident that the toll will rise, the mayor said.\n\nThe council met on Monday.\n"] {
        let (sp, _) = run(text);
        assert!(sp.speakers.iter().all(|s| s.kind != SpeakerKind::Group), "{:#?}", sp.speakers);
    }
}

/// Bodies in the plural speak together as their people do (`Outside groups said`), a
/// subject is a source past an adverb of how a view is held (`fiercely opposed`), and
/// `progressives`, `moderates`, `politicians` and the like name people. Before, these
/// items had no speaker.
#[test]
fn plural_bodies_and_people_before_a_manner_adverb_are_sources() {
    let text = format!(
        "{HEAD}Outside groups said that the levy would fail. Trial lawyers fiercely opposed the levy on ferries. \
         Many progressives believe the levy is unfair to riders.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(
        &sp,
        &q,
        &[
            ("the levy would fail", "groups", SpeakerKind::Group),
            ("the levy on ferries", "Trial lawyers", SpeakerKind::Group),
            ("the levy is unfair", "progressives", SpeakerKind::Group),
        ],
    );
}

/// No subject reaches back past a colon: in `Even residents who backed the plan sounded
/// unsure: Ann Cole called it ...`, `called` is Cole's, not the residents' (the relative
/// clause before the colon had been read as the subject's).
#[test]
fn no_subject_reaches_back_past_a_colon() {
    let (sp, q) = run(&format!("{HEAD}Even residents who backed the plan sounded unsure: Former Rep. Ann Cole called it the cheapest of the poor choices.\n"));
    assert_sources(&sp, &q, &[("it the cheapest of the poor", "Ann Cole", SpeakerKind::Person)]);
}

/// After a participle's phrase opening the sentence, the subject set off with its
/// apposition is found past them (`Addressing the members, the campaign chief, Paul
/// Brandt, bluntly suggested that ...`), as after a preposition's or a subordinator's.
#[test]
fn an_apposed_subject_after_an_opening_participles_phrase_is_the_source() {
    let (sp, q) = run(&format!(
        "{HEAD}Addressing about 100 members at the meeting, the campaign chief, Paul Brandt, bluntly suggested that the candidate's style was an act.\n"
    ));
    assert_sources(&sp, &q, &[("the candidate's style", "Paul Brandt", SpeakerKind::Person)]);
    // (a name that ends in `-ing` is no participle, from the code review)
    let (sp, q) = run(&format!("{HEAD}Ann Fleming spoke on Monday.\n\nFleming, a lawyer from Eastvale, Maine, said that the levy was unfair.\n"));
    assert_sources(&sp, &q, &[("the levy was unfair", "Ann Fleming", SpeakerKind::Person)]);
}

/// Adjectives of feeling and intention held through a copula report their subject's
/// attitude, as `skeptical of` and `confident that` do: `were disappointed that`, `is
/// eager to`, `remain wary of`. Not after another verb, whose object they describe (`made
/// the riders happy with ...` names no holder), nor before a noun (`A happy crowd`).
#[test]
fn adjectives_of_feeling_after_a_copula_report_the_subjects_attitude() {
    let text = format!(
        "{HEAD}Ferry riders were disappointed that the toll went up again. Tom Reyes spoke on Monday. \
         Reyes is eager to repeal the levy before May. Local unions remain wary of the new lease on the pier. \
         Harbour advocates have long been outraged by the new toll. He is most pleased with the new ferry. \
         Transit advocates remain frustrated with the zoning board.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(
        &sp,
        &q,
        &[
            ("the toll went up again", "Ferry riders", SpeakerKind::Group),
            ("repeal the levy", "Tom Reyes", SpeakerKind::Person),
            ("the new lease on the pier", "Local unions", SpeakerKind::Group),
            // (a people's plural that is a verb's form too, `advocates`, before an
            // auxiliary; a degree before the adjective, `most`)
            ("the new toll", "Harbour advocates", SpeakerKind::Group),
            ("the new ferry", "Tom Reyes", SpeakerKind::Person),
            ("the zoning board", "Transit advocates", SpeakerKind::Group),
        ],
    );
    assert_eq!(cue(item(&q, "the toll went up")), Some("were disappointed that"));
    // (a negated one keeps its holder, and the cue its negation, from the second review:
    // it had read `[happy with] None`, the opposite of the sentence)
    let (sp, q) = run(&format!("{HEAD}Maria Lopez was not willing to drop the lawsuit against the port.\n"));
    let x = item(&q, "drop the lawsuit");
    assert_eq!((speaker_of(&sp, x).name.as_str(), cue(x)), ("Maria Lopez", Some("was not willing to")));
    let (_, q) = run(&format!("{HEAD}The mayor made the riders happy with a new schedule. A happy crowd with flags met the ferry.\n"));
    assert!(reported(&q).iter().all(|x| x.speaker.is_none()), "{:#?}", q.quotes);
}

/// `they` refers back to a role's plural where the role list has only the singular
/// (`These partisans are ... They said ...`), as to the plurals it lists, and to a
/// plural of people in `-men` (`fishermen`).
#[test]
fn they_refers_to_a_roles_plural() {
    let (sp, q) = run(&format!("{HEAD}These partisans are an arm of the party. They said the levy would pass.\n"));
    assert_sources(&sp, &q, &[("the levy would pass", "partisans", SpeakerKind::Group)]);
    // (and to a plural in `-men`, from the second review; not to a singular that ends so)
    let (sp, q) = run(&format!("{HEAD}Tidewater fishermen met the minister. They said the quota cut was unfair.\n"));
    assert_sources(&sp, &q, &[("the quota cut", "fishermen", SpeakerKind::Group)]);
    let (_, q) = run(&format!("{HEAD}The specimen arrived at noon. They said the road was closed.\n"));
    assert_eq!(item(&q, "the road was closed").speaker, None);
}

/// A reporting verb's bare form reports as its other forms do: after a plural subject
/// (`Harbour critics assert that ...`), after `to` (`rose to declare that ...`) and after
/// a modal (`will seek to ...`). The lexicon had listed `asserted` and `asserts` but not
/// `assert`, so none of these was an item.
#[test]
fn bare_forms_of_reporting_verbs_report_after_a_plural_subject_to_or_a_modal() {
    let text = format!(
        "{HEAD}Harbour critics assert that the toll broke the law. Ann Cole rose to declare that the pier was safe. \
         Eastvale officials will seek to delay the vote. Ferry riders complain about the late boats. \
         Local unions cite the new lease as a reason to strike.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(
        &sp,
        &q,
        &[
            ("the toll broke the law", "Harbour critics", SpeakerKind::Group),
            ("the pier was safe", "Ann Cole", SpeakerKind::Person),
            ("to delay the vote", "Eastvale officials", SpeakerKind::Group),
            ("the late boats", "Ferry riders", SpeakerKind::Group),
            ("the new lease", "Local unions", SpeakerKind::Group),
        ],
    );
    assert_eq!(cue(item(&q, "the toll broke")), Some("assert"));
    // (`mention` is a noun of speech and a verb's bare form: `did not mention`, `a
    // mention of`)
    let (sp, q) = run(&format!("{HEAD}Ann Cole did not mention the toll by name. Tom Reyes made no mention of the pier.\n"));
    assert_sources(&sp, &q, &[("the toll by name", "Ann Cole", SpeakerKind::Person), ("the pier", "Tom Reyes", SpeakerKind::Person)]);
    // (a bare form that is as often a noun is left out: `the report that`, `the roll call
    // vote`; the second guards the future, as `call` is left out whole: the speakers
    // stage cannot ask for its preposition, and `as friends call her` made a source)
    let (_, q) = run(&format!("{HEAD}Harbour critics report that the toll broke the law. The roll call vote ended at noon.\n"));
    assert!(reported(&q).is_empty(), "{:#?}", q.quotes);
}

/// A reporting verb's `-ing` form opens a participle's report as its other forms do
/// (`..., declining to comment on ...`, `..., thanking the crews for ...`): the lexicon
/// had `declined` and `thanked` but not their `-ing` forms.
#[test]
fn ing_forms_of_reporting_verbs_report_in_a_participles_phrase() {
    let text = format!(
        "{HEAD}Ann Cole left the hall on Monday, declining to comment on the lease. \
         Tom Reyes spoke for an hour, thanking the ferry crews for their work.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(
        &sp,
        &q,
        &[("to comment on the lease", "Ann Cole", SpeakerKind::Person), ("the ferry crews", "Tom Reyes", SpeakerKind::Person)],
    );
    assert_eq!(cue(item(&q, "to comment")), Some("declining"));
}

/// Nouns of belief, expectation and claim report their `that` clause as `belief` and
/// `assertion` do (`speculation that ...`, `her claim that ...`, `voiced confidence
/// that ...`); the possessor or the verb that holds the noun names the source.
#[test]
fn nouns_of_belief_expectation_and_claim_report_their_that_clause() {
    let text = format!(
        "{HEAD}There is growing speculation that Ann Cole will run again. Tom Reyes spoke on Monday. \
         He repeated his claim that the pier was unsafe. Eastvale officials voiced confidence that the line would reopen.\n"
    );
    let (sp, q) = run(&text);
    assert_eq!((cue(item(&q, "Ann Cole will run")), item(&q, "Ann Cole will run").speaker.as_deref()), (Some("speculation that"), None));
    assert_sources(
        &sp,
        &q,
        &[("the pier was unsafe", "Tom Reyes", SpeakerKind::Person), ("the line would reopen", "Eastvale officials", SpeakerKind::Group)],
    );
    assert_eq!(cue(item(&q, "the pier was unsafe")), Some("claim that"));
}

/// `criticism` takes `over`, `for` and `on` as well as `of` (`faced criticism over the
/// toll`, `drew criticism for closing the pier`); a noun's phrase of time is when, not
/// what (`in her remarks on Monday`, `criticism on Friday`).
#[test]
fn criticism_over_or_for_a_thing_reports_it_and_a_nouns_phrase_of_time_is_no_content() {
    let (_, q) = run(&format!("{HEAD}The mayor faced sharp criticism over the new toll. The board drew criticism for closing the pier.\n"));
    assert_contents(&q, &["the new toll", "closing the pier"]);
    assert_eq!(cue(item(&q, "the new toll")), Some("criticism over"));
    let (_, q) = run(&format!("{HEAD}In her remarks on Monday evening, the mayor thanked the crews. Cole drew criticism on Friday.\n"));
    assert!(reported(&q).iter().all(|x| !x.text.starts_with("Monday") && !x.text.starts_with("Friday")), "{:#?}", q.quotes);
}

/// An adverb of manner may stand between a verb and the preposition its content follows
/// (`spoke favorably of`, `talked openly about`), and is part of the cue; a verb that
/// ends its sentence has no preposition after it, and reading one there must not panic
/// (the first form of this rule read past the sentence's last word).
#[test]
fn an_adverb_between_a_verb_and_its_preposition_is_part_of_the_cue() {
    let (sp, q) = run(&format!("{HEAD}Ann Cole spoke favorably of the new ferry. Tom Reyes talked openly about the toll.\n"));
    assert_sources(&sp, &q, &[("the new ferry", "Ann Cole", SpeakerKind::Person), ("the toll", "Tom Reyes", SpeakerKind::Person)]);
    assert_eq!(cue(item(&q, "the new ferry")), Some("spoke favorably of"));
    let (_, q) = run(&format!("{HEAD}The crowd cheered when Ann Cole spoke\n\nNobody else spoke\n"));
    assert!(reported(&q).is_empty(), "{:#?}", q.quotes);
}

/// A phrasal verb's `that` clause may follow an addressee or a time (`made it clear to
/// the council on Monday that ...`, `pointed out to voters that ...`), as a plain
/// verb's does (`said on Monday that ...`).
#[test]
fn a_phrasal_verbs_that_clause_past_an_addressee_or_a_time_is_its_content() {
    let text = format!(
        "{HEAD}Ann Cole made it clear to the council on Monday that the pier would close. \
         Tom Reyes pointed out to voters that the toll was new.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(&sp, &q, &[("the pier would close", "Ann Cole", SpeakerKind::Person), ("the toll was new", "Tom Reyes", SpeakerKind::Person)]);
    assert_eq!(cue(item(&q, "the pier would close")), Some("made it clear"));
}

/// `requested` reports what is asked for, a thing or a `that` clause; a thing asked for
/// ends at its clause's comma, so that the verb after it keeps its own report (`Ann Cole,
/// requesting anonymity, said ...`: from the behaviour review, where the first form read
/// `requesting` as taking a clause and swallowed the `said` item).
#[test]
fn requested_reports_what_is_asked_for() {
    let (sp, q) = run(&format!("{HEAD}Ann Cole, who requested anonymity to speak freely, said the vote was rigged. The board requested that the vote be delayed.\n"));
    assert_sources(&sp, &q, &[("the vote be delayed", "board", SpeakerKind::Organisation), ("the vote was rigged", "Ann Cole", SpeakerKind::Person)]);
    assert_contents(&q, &["anonymity to speak freely"]);
    let (sp, q) = run(&format!("{HEAD}Ann Cole, requesting anonymity, said the talks had stalled.\n"));
    assert_sources(&sp, &q, &[("the talks had stalled", "Ann Cole", SpeakerKind::Person)]);
    assert_eq!(cue(item(&q, "anonymity")), Some("requesting"));
    assert_eq!(item(&q, "anonymity").text, "anonymity");
}

/// A negation before the cue's verb is part of the cue (`did not mention`, `never
/// complained about`, `didn't assert`, `would never renounce`, `failed to mention`), so
/// that the item does not say the speaker did what the sentence says they did not: from
/// the behaviour review, where the bare forms made such items far more frequent.
#[test]
fn a_negation_before_the_cue_is_the_cues() {
    assert_items(&[
        ("Ann Cole did not mention the toll by name.", &[("the toll by name", "did not mention")]),
        ("Tom Reyes never complained about the late ferries.", &[("the late ferries", "never complained about")]),
        ("Paul Brandt didn't assert that the vote was rigged.", &[("the vote was rigged", "didn't assert")]),
        ("Maria Lopez would never renounce her seat on the board.", &[("her seat on the board", "would never renounce")]),
        ("Maria Lopez failed to mention her conviction.", &[("her conviction", "failed to mention")]),
        ("Ann Cole did not publicly mention the toll.", &[("the toll", "did not publicly mention")]),
        ("Tom Reyes cannot say whether the pier will open.", &[("whether the pier will open", "cannot say")]),
        ("Maria Lopez no longer backs the toll.", &[("the toll", "no longer backs")]),
        // (from the second review: `not only` affirms, and a negated `failed to` is no
        // negation)
        ("Ann Cole not only criticised the toll but voted against it.", &[("the toll", "criticised"), ("it", "voted against")]),
        ("Maria Lopez never failed to mention her record.", &[("her record", "mention")]),
    ]);
}

/// A question that asks whether someone said a thing reports nothing (`Did Ann Cole
/// assert that ...?`); one that asks why takes it as said (`Why did Paul Brandt complain
/// about the noise?`).
#[test]
fn a_yes_no_question_reports_nothing_but_a_why_question_takes_it_as_said() {
    assert_items(&[
        ("Did Ann Cole assert that the bridge was safe?", &[]),
        ("Will Tom Reyes mention the toll in his speech?", &[]),
        ("Why did Paul Brandt complain about the noise?", &[("the noise", "complain about")]),
        // (a relative clause after a comma reports as said, from the second review)
        ("Should voters trust Tom Reyes, who claimed that the dam was safe?", &[("the dam was safe", "claimed")]),
    ]);
}

/// A noun of speech that opens its sentence after its possessor reports its `that`
/// clause, which ends before the sentence's auxiliary (`His claim that the money was a
/// loan was rejected`): from the behaviour review, where `claim` as a noun had made
/// these give nothing.
#[test]
fn a_claim_that_opens_its_sentence_after_its_possessor_reports_its_clause() {
    let (sp, q) = run(&format!("{HEAD}Tom Reyes testified on Monday. His claim that the money was a loan was rejected by the judge.\n"));
    assert_sources(&sp, &q, &[("the money was a loan", "Tom Reyes", SpeakerKind::Person)]);
    assert_eq!(item(&q, "the money was a loan").text, "the money was a loan");
    // (only a form that is a verb's too: a noun's clause would run on into a lexical
    // main verb, from the second review)
    let (_, q) = run(&format!("{HEAD}Her argument that the toll was illegal persuaded the judge.\n"));
    assert!(reported(&q).is_empty(), "{:#?}", q.quotes);
}

/// A phrase of time is when a thing was said, not what: after a noun of speech's
/// preposition (`criticism for years`, `over the weekend`) or a verb's (`called on
/// Tuesday`); past one, the noun's own preposition still takes its content (`remarks on
/// Saturday about the mayor`). And a phrasal verb reads a `that` past a setting only
/// when a clause follows it, not a relative one (`laid out for the council a budget that
/// cuts the toll`).
#[test]
fn a_phrase_of_time_after_a_preposition_is_no_content() {
    assert_items(&[
        ("Paul Brandt has faced criticism for years.", &[]),
        ("Tom Reyes faced criticism over the weekend.", &[]),
        ("Paul Brandt called on Tuesday.", &[]),
        ("Tom Reyes's comments on Saturday about the mayor were harsh.", &[("the mayor", "comments on Saturday about")]),
        // (two phrases of time, from the second review)
        ("Paul Brandt voiced concern for the first time on Friday about the plan.", &[("the plan", "voiced concern for the first time on Friday about")]),
        ("Tom Reyes laid out for the council a budget that cuts the toll.", &[]),
    ]);
}

/// A participle's phrase led by a preposition or a subordinator is the main clause's
/// subject's, also after a span of time (`One month after announcing ...`), `even`, or
/// `in addition to`; before, those named no one. What follows `instead of` was not said.
#[test]
fn a_participles_phrase_after_a_span_of_time_or_in_addition_to_is_the_main_subjects() {
    for (text, content, name) in [
        ("Two weeks after announcing her backing for Tom Reyes, Ann Cole still believes that the bridge is safe.", "her backing for Tom Reyes", "Ann Cole"),
        ("In addition to stating that the toll is illegal, Ann Cole has vowed to repeal it.", "the toll is illegal", "Ann Cole"),
        ("Even while insisting that the bridge is safe, Tom Reyes closed it to trucks.", "the bridge is safe", "Tom Reyes"),
        ("Shortly before announcing her run for mayor, Maria Lopez left the board.", "her run for mayor", "Maria Lopez"),
        // (from the code review: an opener `by` or `upon` opening the sentence)
        ("By repeatedly insisting that the toll was fair, Tom Reyes has lost voters.", "the toll was fair", "Tom Reyes"),
        ("Upon announcing that she would retire, Judge Ann Cole thanked her staff.", "she would retire", "Ann Cole"),
    ] {
        let (sp, q) = run(&format!("{HEAD}{text}\n"));
        assert_sources(&sp, &q, &[(content, name, SpeakerKind::Person)]);
        assert_eq!(item(&q, content).text, content, "{text}");
    }
    let (_, q) = run(&format!("{HEAD}Instead of saying the plan was dead, Tom Reyes praised it.\n"));
    assert!(reported(&q).iter().all(|x| !x.text.starts_with("the plan")), "{:#?}", q.quotes);
    assert_contents(&q, &["it"]);
    // (such a phrase's content ends at its comma when no name opens the main clause)
    let (_, q) = run(&format!("{HEAD}In addition to saying the bridge was safe, the engineer released a report.\n"));
    assert_eq!(item(&q, "the bridge").text, "the bridge was safe");
}

/// A participle after an adverb and its opener (`after initially saying`, `while
/// publicly arguing`) is the subject's, as it is with none; set off by commas after the
/// subject, its content ends at the closing comma, not in the main clause's verb.
#[test]
fn a_participle_after_its_opener_and_an_adverb_is_the_subjects_and_its_aside_ends_at_its_comma() {
    for (text, content, name) in [
        ("Tom Reyes, after repeatedly saying he would stay out, entered the race in May.", "he would stay out", "Tom Reyes"),
        ("Ann Cole, while publicly arguing that the toll was fair, voted against it.", "the toll was fair", "Ann Cole"),
        ("Maria Lopez, after saying that the pier was unsafe, closed it.", "the pier was unsafe", "Maria Lopez"),
        // (past `even` or a span of time before the opener, from the behaviour review)
        ("Tom Reyes, even after admitting that he had erred, kept his seat.", "he had erred", "Tom Reyes"),
        ("Ann Cole, one day after insisting that the pier was safe, closed it.", "the pier was safe", "Ann Cole"),
    ] {
        let (sp, q) = run(&format!("{HEAD}{text}\n"));
        assert_sources(&sp, &q, &[(content, name, SpeakerKind::Person)]);
        assert_eq!(item(&q, content).text, content, "{text}");
    }
}

/// A participle after the object of a verb whose subject stands before an apposition
/// (`Ann Cole, the party's director, released a statement saying ...`) is that subject's,
/// as it is with no apposition; before, it named no one.
#[test]
fn a_participle_after_an_object_past_an_apposition_is_the_named_subjects() {
    let (sp, q) = run(&format!("{HEAD}Ann Cole, the party's political director, released a statement saying the plan is dead.\n"));
    assert_sources(&sp, &q, &[("the plan is dead", "Ann Cole", SpeakerKind::Person)]);
}

/// After a quote that closes its sentence, a verb of speech with words of its own after
/// it (a clause, an infinitive, a time and `that`) reports those and is not the quote's
/// cue (`... “unacceptable to us.” He said voters “know ...”`); before, it was the quote's
/// `cue-after`, and the reported clause before the quote ran on into the next sentence.
/// Nothing, a time, an adverb or an addressee after it leaves it the quote's cue.
#[test]
fn a_verb_with_its_own_content_after_a_quote_that_ends_its_sentence_is_not_its_cue() {
    assert_items(&[
        (
            "Tom Reyes warned that the ban would be \"unacceptable to us.\" He said voters \"know what happens.\"",
            &[("the ban would be \"unacceptable to us.\"", "warned"), ("voters \"know what happens.\"", "said")],
        ),
        (
            "Ann Cole called the toll \"a disgrace.\" She said both Reyes and Brandt had backed it.",
            &[("the toll \"a disgrace.\"", "called"), ("both Reyes and Brandt had backed it", "said")],
        ),
    ]);
    for (text, expected) in [
        ("\"We will win this seat.\" Tom Reyes pledged to move the office to Eastvale.", None),
        ("\"We will win this seat.\" Tom Reyes warned Saturday that the vote was close.", None),
        ("\"We will win this seat.\" Tom Reyes said Friday.", Some("Tom Reyes said")),
        ("\"We will win this seat.\" Tom Reyes said late Friday.", Some("Tom Reyes said")),
        ("\"We will win this seat.\" Tom Reyes said it twice.", Some("Tom Reyes said")),
        ("\"We will win this seat.\" Tom Reyes said at that point.", Some("Tom Reyes said")),
        ("\"We will win this seat.\" Tom Reyes told KBX News.", Some("Tom Reyes told")),
        ("\"Who pays for it?\" Tom Reyes asked rhetorically.", Some("Tom Reyes asked")),
    ] {
        let (_, q) = run(&format!("{HEAD}{text}\n"));
        let quote = q.quotes.iter().find(|x| x.kind == QuoteKind::Direct).unwrap_or_else(|| panic!("a quote in {text}"));
        assert_eq!(cue(quote), expected, "{text}");
    }
}

/// Support or an endorsement that a subject draws, wins, has or receives from others
/// (`drew the support of`, `has strong support among`, `picked up the endorsement of`) is
/// an attitude of those others to the subject: the subject is the content, the name that
/// opens the phrase after `of`, `from` or `among` the source (rule `reported-received`).
/// Before, the subject was no content, and `support among farmers` read as the content of
/// a support the sentence's subject held.
#[test]
fn support_a_subject_draws_or_wins_is_its_backers_attitude_to_it() {
    assert_items(&[
        ("Tom Reyes drew the support of a third of the riders polled.", &[("Tom Reyes", "drew the support of")]),
        ("Ann Cole has strong support among farmers in Eastvale.", &[("Ann Cole", "has strong support among")]),
        ("Maria Lopez has not received endorsements from any council members.", &[("Maria Lopez", "has not received endorsements from")]),
        ("Ann Cole, who has the broad support of the harbour pilots, spoke first.", &[("who", "has the broad support of")]),
        // (not a phrase that ends in a preposition, nor a call for support, nor money, nor
        // support given for a purpose, nor support lost, from the reviews)
        ("The union held a rally, stepping up a push to win the support of ferry crews.", &[]),
        ("The charity received financial support from Tidewater Bank.", &[]),
        ("The city received support from the state to rebuild the pier.", &[]),
        ("Tom Reyes lost the support of the ferry pilots.", &[]),
        ("Tom Reyes called for support from the council.", &[("support from the council", "called for")]),
    ]);
    for (text, content) in [
        ("The Eastvale senator also picked up the endorsement of Mayor Tom Reyes.", "The Eastvale senator"),
        ("Earlier this week Maria Lopez secured the endorsement of Tom Reyes.", "Maria Lopez"),
    ] {
        let (sp, q) = run(&format!("{HEAD}{text}\n"));
        assert_sources(&sp, &q, &[(content, "Tom Reyes", SpeakerKind::Person)]);
        assert_eq!(item(&q, content).text, content, "{text}");
    }
}

/// A plural of people right before a participle of attitude holds it as a subject holds
/// its verb (`Voters backing Tom Reyes`, `Residents opposing the toll`): the speakers
/// stage makes the plural a group, the participle's object ends before the sentence's
/// verb (`... turned out in force`, which the object had run into), and a name inside the
/// participle's phrase is its object, not the sentence verb's subject (`Groups opposing
/// Tom Reyes said ...` is the groups'). Not a plural that names no one (`took turns
/// urging`). (A phrase after a preposition, `comes from groups supporting ...`, and a
/// text, `ads attacking`, hold it too: see
/// `a_participle_after_a_described_phrase_is_the_phrases`.)
#[test]
fn a_plural_of_people_before_a_participle_of_attitude_holds_it() {
    for (text, content, name) in [
        ("Voters backing Tom Reyes turned out in force.", "Tom Reyes", "Voters"),
        ("Residents opposing the toll rallied on Monday.", "the toll", "Residents"),
        ("Residents supporting the newly elected mayor gathered outside.", "the newly elected mayor", "Residents"),
        ("Groups opposing Tom Reyes said the vote was rigged.", "the vote was rigged", "Groups"),
        ("Voters backing Tom Reyes and Ann Cole said the race was close.", "the race was close", "Voters"),
        // (a past before `to` is the sentence's verb too, from the behaviour review)
        ("Residents opposing the toll complained to the council.", "the toll", "Residents"),
    ] {
        let (sp, q) = run(&format!("{HEAD}{text}\n"));
        assert_sources(&sp, &q, &[(content, name, SpeakerKind::Group)]);
        assert_eq!(item(&q, content).text, content, "{text}");
    }
    let text = "Pilots took turns urging the council to wait.";
    let (sp, q) = run(&format!("{HEAD}{text}\n"));
    assert!(sp.speakers.iter().all(|s| s.kind != SpeakerKind::Group), "{text}: {:#?}", sp.speakers);
    assert!(reported(&q).iter().all(|x| x.speaker.is_none()), "{text}: {:#?}", q.quotes);
    // (a past inside a clause of the object's own is no sentence verb: the object is not
    // cut inside that clause, `the plan she`)
    let (sp, q) = run(&format!("{HEAD}Critics backing the plan she proposed turned out in force.\n"));
    assert!(reported(&q).iter().all(|x| x.text != "the plan she" && cue(x) != Some("proposed")), "{:#?}", q.quotes);
    let backing = reported(&q).into_iter().find(|x| cue(x) == Some("backing")).unwrap_or_else(|| panic!("{:#?}", q.quotes));
    assert_eq!(speaker_of(&sp, backing).name, "Critics");
    // (the name after the participle is still its object, not the sentence verb's
    // subject: the group's, a body of its own, never Reyes's)
    let (sp, q) = run(&format!("{HEAD}A group opposing Tom Reyes said the vote was rigged.\n"));
    assert_sources(&sp, &q, &[("the vote was rigged", "group", SpeakerKind::Organisation)]);
}

/// One speaker's items whose cues overlap were attributed by one act of speech and show
/// one cue, as the stretches of a quote split by its attribution do: a report's content
/// and the quote that runs on from it (`“A,” says Maria Lopez. “B.”`, where the report
/// rules read `says` and the quote rules `says Maria Lopez`), and a report with the
/// quote in the next paragraph that its cue introduces. The report's cue is the one
/// kept (`told the Harbour Herald`, not `He told`), and a quote shares it only when its
/// own verb lies in it. Two quotes alone keep theirs.
#[test]
fn a_report_and_the_quote_it_runs_into_share_one_cue() {
    let cues = |text: &str| -> Vec<(String, String)> {
        let (_, q) = run(&format!("{HEAD}{text}\n"));
        q.quotes.iter().map(|x| (x.text.clone(), cue(x).unwrap_or("").to_string())).collect()
    };
    let own = |pairs: &[(&str, &str)]| -> Vec<(String, String)> { pairs.iter().map(|&(a, b)| (a.to_string(), b.to_string())).collect() };
    assert_eq!(
        cues("Whatever the vote decides, “the bridge will be built,” says Maria Lopez. “Nothing can stop it now.”"),
        own(&[("Whatever the vote decides, “the bridge will be built,”", "says"), ("Nothing can stop it now.", "says")])
    );
    assert_eq!(
        cues("Since the vote, Tom Reyes has kept his distance. He told the Harbour Herald that he and the council had simply drifted apart.\n\n“We are not less friendly. We are each doing our own thing.”"),
        own(&[("he and the council had simply drifted apart", "told the Harbour Herald"), ("We are not less friendly. We are each doing our own thing.", "told the Harbour Herald")])
    );
    assert_eq!(
        cues("“We are ready,” Tom Reyes said. “The crews start on Monday.”"),
        own(&[("We are ready,", "Tom Reyes said"), ("The crews start on Monday.", "Tom Reyes said")])
    );
    // (a quote's cue that reaches back over a report of another verb keeps its own: the
    // quote is told, not praised)
    assert_eq!(
        cues("Tom Reyes praised the crews for their work, telling the Harbour Herald: “They worked through the storm.”"),
        own(&[("the crews for their work", "praised"), ("They worked through the storm.", "Tom Reyes praised the crews for their work, telling")])
    );
    // (nor over an apposition's verb: the quote's verb is the cue's last)
    assert_eq!(
        cues("“I have no favourite in this race,” Ann Cole, who has not endorsed anyone, told the Harbour Herald."),
        own(&[("I have no favourite in this race,", "Ann Cole, who has not endorsed anyone, told"), ("anyone", "has not endorsed")])
    );
    // (from the review: a quote after a comma joins, and a run of quotes joins quote by
    // quote, each measured from the one before; words between that are not the speaker's
    // name keep a quote apart, `She disagreed.`, `who chairs the board.`)
    assert_eq!(
        cues("The pier is “safe,” Tom Reyes said, “and it will stay that way.”"),
        own(&[("The pier is “safe,”", "said"), ("and it will stay that way.", "said")])
    );
    assert_eq!(
        cues("The pier is “safe,” Tom Reyes said. “We checked it twice. The engineers, all six of them, were happy.” “We open in June.”"),
        own(&[("The pier is “safe,”", "said"), ("We checked it twice. The engineers, all six of them, were happy.", "said"), ("We open in June.", "said")])
    );
    for (text, quote) in [
        ("The pier is “safe,” Tom Reyes said. She disagreed. “It is not.”", "It is not."),
        ("The pier is “safe,” said Ann Cole, who chairs the board. “We checked it.”", "We checked it."),
        // (a relative clause's report shares its cue with no quote)
        ("“The pier stays,” Ann Cole, who predicted a landslide, now admits.", "The pier stays"),
    ] {
        let got = cues(text);
        let report = got.iter().find(|(t, _)| !t.starts_with(quote)).map(|(_, c)| c.clone());
        assert!(got.iter().any(|(t, c)| t.starts_with(quote) && Some(c) != report.as_ref()), "{text}: {got:?}");
    }
}

/// A word in `s` with a bare apostrophe after it is a possessive, as one with `'s` is
/// (`Harris’ criticism`, `In Harris' view`): its mention holds the noun after it, and is
/// no subject of a verb further on (`Even before Tom Harris' remarks about her, Ann Cole
/// had criticized ... and accused him` is Cole's accusation, not Harris's).
#[test]
fn a_possessive_in_s_with_a_bare_apostrophe_names_the_holder() {
    for (text, content, name) in [
        ("Tom Harris met the council on Monday. Harris’ criticism of the toll was sharp.", "the toll", "Tom Harris"),
        ("Tom Harris met the council on Monday. In Harris' view, the toll is unfair.", "the toll is unfair", "Tom Harris"),
        ("Even before Tom Harris' remarks about her, Ann Cole had criticized the harbour master and accused him of favouring the ferry company.", "her", "Tom Harris"),
        ("Even before Tom Harris' remarks about her, Ann Cole had criticized the harbour master and accused him of favouring the ferry company.", "him of favouring", "Ann Cole"),
    ] {
        let (sp, q) = run(&format!("{HEAD}{text}\n"));
        assert_eq!(speaker_of(&sp, item(&q, content)).name, name, "{text}");
    }
    // (from the review: a mark that closes a quote its line opened is no possessive, and
    // the verb after it still reports)
    for (text, content) in [
        ("Voters who call the toll 'a tax on farmers' say it must go.", "it must go"),
        ("Critics who call the toll ‘a gift to developers’ say it will fail.", "it will fail"),
        ("The ‘Reyes boys’ said the toll was a tax on farmers.", "the toll was a tax on farmers"),
    ] {
        let (_, q) = run(&format!("{HEAD}{text}\n"));
        assert_eq!(item(&q, content).text, content, "{text}");
    }
}

/// `liken` reports its object and what it is likened to, as `compared` does: an
/// attitude to the object (`Ann Cole likened the toll to highway robbery`).
#[test]
fn likening_reports_its_object_and_what_it_is_likened_to() {
    for (text, content, name) in [
        ("Ann Cole likened the toll to highway robbery.", "the toll to highway robbery", "Ann Cole"),
        ("Tom Reyes, who likened the vote to a coin toss, left early.", "the vote to a coin toss", "Tom Reyes"),
    ] {
        let (sp, q) = run(&format!("{HEAD}{text}\n"));
        assert_eq!(speaker_of(&sp, item(&q, content)).name, name, "{text}");
        assert_eq!(item(&q, content).text, content, "{text}");
    }
}

#[test]
fn a_content_ends_at_a_quote_whose_words_close_its_sentence() {
    // `Ann Cole called the toll “highway robbery.” Paul Brandt replied ...`: the
    // sentence may run on past the quote's `.` when what follows reads as the quote's
    // attribution, but the words after the quote are no part of Cole's content
    let text = format!(
        "{HEAD}Ann Cole called the toll “highway robbery.” Paul Brandt replied in a letter to the Harbour Herald.\n\nTom Reyes said the pier was “safe for the summer.” He added a warning about storms.\n\nMaria Lopez said riders were “tired of waiting” for the bridge.\n\nDana Ortiz said the ferry would leave “at 5 p.m.” on most days.\n"
    );
    let (_, q) = run(&text);
    // (a quote's `.` that a lower-case word follows ends nothing: an abbreviation's)
    assert_contents(&q, &["the toll “highway robbery.”", "the pier was “safe for the summer.”", "riders were “tired of waiting” for the bridge", "the ferry would leave “at 5 p.m.” on most days"]);
}

#[test]
fn a_noun_of_speech_a_verb_of_stance_governs_is_its_subjects() {
    // `Ann Cole avoided all mention of the ferry`: the noun has no possessor and no verb
    // that voices it, but a verb of stance takes it as its object (past `up` too), so the
    // clause's subject holds it
    let text = format!(
        "{HEAD}Ann Cole avoided all mention of the ferry.\n\nTom Reyes stepped up criticism of the bridge.\n\nMaria Lopez reaffirmed support for the harbour board.\n\nPaul Brandt faced sharp criticism over the pier.\n\nLee Moss is facing fresh complaints about the toll.\n\nDana Ortiz shrugged off criticism of the harbour fares.\n\nTom Baker avoided criticism over the market.\n\nLena Hart hated the idea that the library would close.\n\nLee Moss never reaffirmed support for the marina.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(&sp, &q, &[("the ferry", "Ann Cole", SpeakerKind::Person), ("the bridge", "Tom Reyes", SpeakerKind::Person), ("the harbour board", "Maria Lopez", SpeakerKind::Person)]);
    // (what a subject faces, shrugs off or hates is another's, and what it avoids too
    // unless it is a mention `of` something; a negated verb holds nothing: no speaker)
    for content in ["the pier", "the toll", "the harbour fares", "the market", "the library would close", "the marina"] {
        assert_eq!(item(&q, content).speaker, None, "{content}");
    }
}

/// `Reyes's two rivals, Sens. Ann Cole of Eastvale and Paul Brandt of Westport, have
/// asked ...`: the name in apposition to a subject that is more than a name is the
/// speaker when only its titles stand before it (before, the mention had to open the
/// apposition, and the possessive `Reyes's` was taken); and titles do not count
/// towards the length of a subject (`Sens. Tom Reyes of Eastvale and Paul Brandt of
/// Westport, both facing hard races, also said ...` was no item at all).
#[test]
fn titles_before_an_apposed_or_a_long_subjects_name_do_not_hide_it() {
    let text = format!(
        "{HEAD}Reyes's two rivals, Sens. Ann Cole of Eastvale and Paul Brandt of Westport, have asked the mayor to publish the audit of the harbour.\n\nSens. Tom Baker of Eastvale and Lena Hart of Westport, both facing hard races, also said they would welcome Cole at their rallies.\n\nMaria Lopez lost the vote. Lopez's lawyer, Counsel Dana Ortiz, said she would appeal.\n"
    );
    let (sp, q) = run(&text);
    assert_sources(&sp, &q, &[("the mayor to publish", "Ann Cole", SpeakerKind::Person), ("they would welcome", "Tom Baker", SpeakerKind::Person), ("she would appeal", "Dana Ortiz", SpeakerKind::Person)]);
}

/// `The mayor met Speaker Paul Brandt, who last month angered Reyes by announcing he
/// would run against him`: a participle led by a preposition inside a relative clause
/// is the `who`'s, which the speakers stage made the name's mention (before, the main
/// clause's subject was looked for, and none was found).
#[test]
fn a_participle_inside_a_relative_clause_is_the_whos() {
    let text = format!("{HEAD}The mayor met Speaker Paul Brandt, who last month angered Reyes by announcing he would run against him.\n");
    let (sp, q) = run(&text);
    assert_sources(&sp, &q, &[("he would run against him", "Paul Brandt", SpeakerKind::Person)]);
}

/// `Her vow to take on the firms`, `Ann Cole's pledge to cut the toll`: a verb's form
/// after a possessive is a noun, and what it reports is the possessor's when the
/// possessive is a mention (a pronoun the speakers stage resolved too); before, the
/// word before the cue was looked at as a subject and nobody was found. A possessor
/// that is no one named (`his party's plan`) leaves the old reading.
#[test]
fn a_possessed_noun_reports_for_its_possessor() {
    let text = format!("{HEAD}Ann Cole spoke on Monday. Her vow to take on the firms won cheers.\n\nTom Reyes spoke on Monday. Maria Lopez's pledge to cut the toll won cheers.\n");
    let (sp, q) = run(&text);
    assert_sources(&sp, &q, &[("to take on the firms", "Ann Cole", SpeakerKind::Person), ("to cut the toll", "Maria Lopez", SpeakerKind::Person)]);
}

/// `Ann Cole renewed her attacks on the harbour board`, `Tom Reyes launched a sharp
/// attack against Maria Lopez`: an attack that a possessor or a verb's subject makes is
/// a report of that person's, its object a noun phrase that ends with a name and before
/// the verb of its clause. An attack no one makes is an event (`The attacks on the
/// harbour`), and so is an armed one (`drone attacks`).
#[test]
fn an_attack_made_by_a_possessor_or_a_verb_reports_and_an_event_does_not() {
    assert_items(&[
        ("Lee Moss spoke. Ann Cole renewed her attacks on the harbour board.", &[("the harbour board", "attacks on")]),
        ("Lee Moss spoke. Tom Reyes launched a sharp attack against Maria Lopez on Monday.", &[("Maria Lopez", "attack against")]),
        ("Lee Moss spoke. Tom Reyes launched a sharp attack against Maria Lopez at the hearing.", &[("Maria Lopez", "attack against")]),
        ("Lee Moss spoke. Lena Hart's attacks on Tom Reyes were sharp.", &[("Tom Reyes", "attacks on")]),
        ("Lee Moss spoke. Lena Hart's attacks on the levy were sharp.", &[("the levy", "attacks on")]),
        ("Lee Moss spoke. Lena Hart's attacks on the levy are unusual and have drawn notice that would last.", &[("the levy", "attacks on")]),
        ("Lee Moss spoke. Lena Hart's attack on the levy at the hearing as a friend of the port was a stretch at best.", &[("the levy at the hearing as a friend of the port", "attack on")]),
        ("Lee Moss spoke. Lena Hart's attack on Tom Reyes backfired.", &[("Tom Reyes", "attack on")]),
        ("Lee Moss spoke. Lena Hart's attack on Westport Harbour backfired.", &[("Westport Harbour", "attack on")]),
        ("Lee Moss spoke. The attacks on the harbour left two guards hurt.", &[]),
        ("Lee Moss spoke. The group's drone attacks on the port went on.", &[]),
        ("Lee Moss spoke. Ann Cole launched missile attacks on the port.", &[]),
    ]);
    let text = format!("{HEAD}Lee Moss spoke. Tom Reyes launched a sharp attack against Maria Lopez on Monday.\n\nDana Ortiz spoke. Lena Hart's attacks on the levy and her plan to cut fares won praise.\n");
    let (sp, q) = run(&text);
    assert_sources(&sp, &q, &[("Maria Lopez", "Tom Reyes", SpeakerKind::Person), ("the levy", "Lena Hart", SpeakerKind::Person)]);
    assert_eq!(item(&q, "the levy").text, "the levy", "the second possessed noun is no part of the first's object");
}

/// `Ann Cole is a longtime critic of the toll`, `Lena Hart, a fierce opponent of the
/// bridge, spoke`: an agent noun of a stance reports the stance of a copula's subject or
/// of the name it is set beside (past a parenthesis after the name too), and of no one
/// else: `Critics of the toll say ...` leaves the critics' report to `say`; a negated or
/// modal copula holds nothing, nor does a question.
#[test]
fn an_agent_noun_of_a_stance_is_a_copulas_subjects_or_an_apposed_names() {
    assert_items(&[
        ("Lee Moss spoke. Ann Cole is a longtime critic of the toll.", &[("the toll", "is a longtime critic of")]),
        ("Lee Moss spoke. Tom Reyes has been an early backer of Maria Lopez.", &[("Maria Lopez", "has been an early backer of")]),
        ("Lee Moss spoke. Lena Hart, a fierce opponent of the bridge, spoke on Monday.", &[("the bridge", "a fierce opponent of")]),
        ("Lee Moss spoke. Paul Brandt (D-Eastvale), a supporter of the levy, voted yes.", &[("the levy", "a supporter of")]),
        ("Lee Moss spoke. Dana Ortiz stays a backer of the toll although she rarely drives.", &[("the toll", "stays a backer of")]),
        ("Lee Moss spoke. Lena Hart is a defender of the ferry even if it runs late.", &[("the ferry", "is a defender of")]),
        ("Lee Moss spoke. Critics of the toll say it is too high.", &[("it is too high", "say")]),
        ("Lee Moss spoke. Ann Cole is not a fan of the plan.", &[]),
        ("Lee Moss spoke. Dana Ortiz would be a strong supporter of the levy.", &[]),
        ("Lee Moss spoke. Supporters of the levy marched on Monday.", &[]),
        ("Lee Moss spoke. Is Lena Hart a supporter of the levy?", &[]),
    ]);
    let text = format!("{HEAD}Lee Moss spoke. Ann Cole is a longtime critic of the toll.\n\nDana Ortiz spoke. Tom Reyes met Lena Hart, a critic of the bridge who has said it is unsafe.\n");
    let (sp, q) = run(&text);
    assert_sources(&sp, &q, &[("the toll", "Ann Cole", SpeakerKind::Person), ("the bridge", "Lena Hart", SpeakerKind::Person)]);
    assert_eq!(item(&q, "the bridge").text, "the bridge", "a `who` with no comma is the holder's");
}

/// `Ann Cole is confident in the harbour board`, `Tom Reyes is well aware of the costs`,
/// `Lena Hart remains concerned about the toll`: adjectives of attitude that took only a
/// `that` clause take the object of their preposition too, held by a copula's subject
/// (past `well`, as past an adverb in `-ly`).
#[test]
fn adjectives_of_attitude_take_their_prepositions_object() {
    assert_items(&[
        ("Lee Moss spoke. Ann Cole is confident in the harbour board.", &[("the harbour board", "is confident in")]),
        ("Lee Moss spoke. Tom Reyes is well aware of the costs.", &[("the costs", "is well aware of")]),
        ("Lee Moss spoke. Lena Hart remains concerned about the toll.", &[("the toll", "remains concerned about")]),
        ("Lee Moss spoke. Dana Ortiz is unaware of the plan.", &[("the plan", "is unaware of")]),
        ("Lee Moss spoke. Tom Reyes is interested in the race.", &[("the race", "is interested in")]),
        ("Lee Moss spoke. The senators aren't interested in the plan.", &[("the plan", "aren't interested in")]),
        // (with no copula, an interest is no one's view)
        ("Lee Moss spoke. Parties interested in the contract must apply by Friday.", &[]),
    ]);
    let text = format!("{HEAD}Lee Moss spoke. Tom Reyes is well aware of the costs.\n");
    let (sp, q) = run(&text);
    assert_sources(&sp, &q, &[("the costs", "Tom Reyes", SpeakerKind::Person)]);
    // (an adjective's negation is the cue's, and its subject's view, as `unaware` is)
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. Tom Reyes is not interested in the race.\n"));
    assert_sources(&sp, &q, &[("the race", "Tom Reyes", SpeakerKind::Person)]);
}

/// `Ann Cole spoke out against the toll`, `Tom Reyes came out in favor of the levy`: a
/// phrasal verb whose particle reports only before a preposition takes that
/// preposition's object, past an adverb (`spoke out sharply against`), and a preposition
/// may be several words (`in favor of`, `in support of`); the particle with no such
/// preposition reports nothing (`The report came out on Friday`), nor does `about` before
/// a count (`opened up about 200 jobs`), `against` before a backdrop, nor a short phrase
/// of time where an object would stand (`the offer she spoke of a few days
/// earlier`).
#[test]
fn a_phrasal_verb_with_its_preposition_takes_the_prepositions_object() {
    assert_items(&[
        ("Lee Moss spoke. Ann Cole spoke out against the toll.", &[("the toll", "spoke out against")]),
        ("Lee Moss spoke. Ann Cole has spoken out sharply against the toll.", &[("the toll", "spoken out sharply against")]),
        ("Lee Moss spoke. Tom Reyes came out in favor of the levy.", &[("the levy", "came out in favor of")]),
        ("Lee Moss spoke. Tom Reyes has not come out in support of Maria Lopez.", &[("Maria Lopez", "has not come out in support of")]),
        ("Lee Moss spoke. Lena Hart opened up about her years on the council.", &[("her years on the council", "opened up about")]),
        ("Lee Moss spoke. Residents cried out for a new bridge.", &[("a new bridge", "cried out for")]),
        ("Lee Moss spoke. Dana Ortiz spoke up about the fares.", &[("the fares", "spoke up about")]),
        ("Lee Moss spoke. Most members voted in favor of the levy.", &[("the levy", "voted in favor of")]),
        ("Lee Moss spoke. The report came out on Friday.", &[]),
        ("Lee Moss spoke. The audit came out against a backdrop of cuts.", &[]),
        ("Lee Moss spoke. The plant opened up about 200 jobs.", &[]),
        ("Lee Moss spoke. The lake opened up about a mile north of Westport.", &[]),
        ("Lee Moss spoke. The gates opened up about noon.", &[]),
        ("Lee Moss spoke. The plan did not match the offer that she spoke of a few days earlier.", &[]),
        // (a phrase of time after the object is left out of it, from the session's review)
        ("Lee Moss spoke. Dana Ortiz came out in favor of the toll earlier.", &[("the toll", "came out in favor of")]),
        ("Lee Moss spoke. Tom Reyes spoke out about the levy two days ago.", &[("the levy", "spoke out about")]),
        // (a vote's tally stands between the verb and its preposition)
        ("Lee Moss spoke. The board voted 5-2 in favor of the levy.", &[("the levy", "voted 5-2 in favor of")]),
        ("Lee Moss spoke. Most members voted 7 to 2 in favor of the levy.", &[("the levy", "voted 7 to 2 in favor of")]),
    ]);
    // (a group before the particle and its preposition is a source, as before `said`;
    // before the particle alone it is none)
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. Dock workers came out against the levy.\n\nDana Ortiz spoke. Ferry pilots came out strongly against the toll.\n"));
    assert_sources(&sp, &q, &[("the levy", "Dock workers", SpeakerKind::Group), ("the toll", "Ferry pilots", SpeakerKind::Group)]);
    let (sp, _) = run(&format!("{HEAD}Dock workers came out on Friday.\n"));
    assert!(sp.speakers.is_empty(), "{:#?}", sp.speakers);
}

/// `Ann Cole's call for a new audit`, `Tom Reyes issued a call for calm`: a call is a
/// report of its possessor or of the subject of a verb that makes it, and of nobody named
/// when no one does (`These calls for a new audit`). It is a noun only after a
/// determiner or a possessor, past one modifier (`Cole's renewed call for`): `The board's
/// budget calls for a new audit` and `This calls for ...` keep the verb's reading.
#[test]
fn a_call_for_something_is_a_noun_after_a_determiner_or_a_possessor() {
    assert_items(&[
        ("Lee Moss spoke. Ann Cole's call for a new audit drew support.", &[("a new audit", "call for")]),
        ("Lee Moss spoke. Ann Cole's renewed call for a new audit drew support.", &[("a new audit", "call for")]),
        ("Lee Moss spoke. Tom Reyes issued a call for calm.", &[("calm", "issued a call for")]),
        ("Lee Moss spoke. These calls for a new audit have come from the left.", &[("a new audit", "calls for")]),
        ("Lee Moss spoke. This calls for a new audit.", &[]),
    ]);
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. Ann Cole's call for a new audit drew support.\n\nDana Ortiz spoke. Tom Reyes issued a call for calm.\n"));
    assert_sources(&sp, &q, &[("a new audit", "Ann Cole", SpeakerKind::Person), ("calm", "Tom Reyes", SpeakerKind::Person)]);
    let (_, q) = run(&format!("{HEAD}Lee Moss spoke. These calls for a new audit have come from the left.\n"));
    assert_eq!(item(&q, "a new audit").speaker, None);
    for sentence in ["The board's budget calls for a new audit.", "The plan calls for a new audit."] {
        let (_, q) = run(&format!("{HEAD}Lee Moss spoke. {sentence}\n"));
        assert_eq!(item(&q, "a new audit").rule.as_deref(), Some("reported-attitude"), "{sentence}: the verb's reading");
    }
}

/// `Ann Cole's view of the toll`, `Tom Reyes has a view of what is possible`: a view of
/// or about something is its holder's report, a noun phrase that ends before the verb of
/// its clause (`... views about the toll are a hard sell`) unless it is a clause of its
/// own (`what is possible`); held by no one it is a sight (`a view of the harbour`).
#[test]
fn a_view_of_something_is_a_report_only_when_someone_holds_it() {
    assert_items(&[
        ("Lee Moss spoke. Ann Cole's view of the toll is dim.", &[("the toll", "view of")]),
        ("Lee Moss spoke. Tom Reyes has a strong view of the toll.", &[("the toll", "has a strong view of")]),
        ("Lee Moss spoke. Tom Reyes has a view of what is possible.", &[("what is possible", "has a view of")]),
        ("Ann Cole spoke. Her views about the toll are a hard sell to riders.", &[("the toll", "views about")]),
        ("Lee Moss spoke. The room has a view of the harbour.", &[]),
        ("Lee Moss spoke. Views of the harbour are lovely.", &[]),
        // (what a verb holds with no word of attitude is a sight, whoever holds it)
        ("Lee Moss spoke. Tom Reyes has a view of the sea from his office.", &[]),
        ("Lee Moss spoke. The room has views of the sea.", &[]),
        // (the same clause of its own after an agent noun of a stance)
        ("Lee Moss spoke. Ann Cole is a critic of how the board spends its money.", &[("how the board spends its money", "is a critic of")]),
    ]);
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. Ann Cole's view of the toll is dim.\n"));
    assert_sources(&sp, &q, &[("the toll", "Ann Cole", SpeakerKind::Person)]);
    // (where the noun's phrase is its clause's subject, the clause's verb is no part of
    // the object, even after `what`: the first verb ends it, as for any object)
    let (_, q) = run(&format!("{HEAD}Lee Moss spoke. Paul Brandt's view of what the board should do is simple.\n"));
    let x = item(&q, "what the board");
    assert!(!x.text.contains("is simple"), "{}", x.text);
}

/// A word ending in a contracted negation whose first bytes are no whole character is
/// asked whether it is a negated `be` without slicing inside a character (`aréen't` once
/// panicked the first form of `negated_be`).
#[test]
fn a_contracted_negation_after_a_letter_beyond_ascii_is_no_panic() {
    let (_, q) = run(&format!("{HEAD}Lee Moss spoke. The riders aréen't interested in the plan.\n"));
    assert!(reported(&q).iter().all(|x| !x.text.is_empty()));
}

/// `The sale of the ferry was first reported by the Harbour Herald`: a passive report with its
/// agent reports its subject, and the agent is the source; a `which` after a comma
/// stands for the noun phrase before it, and `, as first reported by ...` closing a
/// sentence reports the clause before it. A negated, modal or questioned passive
/// reports nothing, nor does one whose subject is a lone pronoun or name (an
/// appointment's `confirmed`), nor one whose subject is a clause of its own.
#[test]
fn a_passive_report_with_its_agent_reports_its_subject() {
    assert_items(&[
        ("Lee Moss spoke. The sale of the ferry was first reported by the Harbour Herald.", &[("The sale of the ferry", "was first reported by")]),
        ("Lee Moss spoke. The deal had been previously disclosed by Tom Reyes in a filing.", &[("The deal", "had been previously disclosed by")]),
        ("Lee Moss spoke. The letter, which was first reported by the Harbour Herald, asks for a delay.", &[("The letter", "was first reported by")]),
        ("Lee Moss spoke. On Monday, the closure of the pier was announced by the harbour board.", &[("the closure of the pier", "was announced by")]),
        ("Lee Moss spoke. Reyes resigned and the move was announced by the board.", &[("the move", "was announced by")]),
        ("Lee Moss spoke. The ferry board began selling bonds last month, as first reported by the Westport Times on Friday.", &[("The ferry board began selling bonds last month", "as first reported by")]),
        ("Lee Moss spoke. The ferry board began selling bonds, in turn, as reported by the Westport Times.", &[("The ferry board began selling bonds", "as reported by")]),
        ("Lee Moss spoke. The plan will be announced by the mayor next week.", &[]),
        ("Lee Moss spoke. The toll was not disclosed by the board.", &[]),
        ("Lee Moss spoke. Was the toll disclosed by the board?", &[]),
        ("Lee Moss spoke. It was first reported by the Harbour Herald.", &[]),
        ("Lee Moss spoke. Ann Cole was confirmed by the council on Tuesday.", &[]),
        ("Lee Moss spoke. Ann Cole wrote in the memo, which was first reported by the Harbour Herald, that the pier would close.", &[("the pier would close", "wrote")]),
        ("Lee Moss spoke. Cole's letter to Ms. Hart was first reported by the Harbour Herald.", &[("Cole's letter to Ms. Hart", "was first reported by")]),
        // (from the session's behaviour review: `as` or `to` after the agent, a condition,
        // a word that points, a person for the head, a clause for the antecedent)
        ("Lee Moss spoke. The plan was described by critics as reckless.", &[]),
        ("Lee Moss spoke. The bridge was confirmed by engineers to be safe.", &[]),
        ("Lee Moss spoke. The theft was reported by the shop owner to police.", &[]),
        ("Lee Moss spoke. If the closure was reported by the Harbour Herald, it is true.", &[]),
        ("Lee Moss spoke. This was first reported by the Harbour Herald.", &[]),
        ("Lee Moss spoke. Mayor Ann Cole was confirmed by the council.", &[]),
        ("Lee Moss spoke. The council approved the budget, which was disclosed by the mayor.", &[]),
        // (a verb or a noun that takes no clause does not block the closing `as`)
        ("Lee Moss spoke. Under the plan, fares will rise, as reported by the Westport Times.", &[("Under the plan, fares will rise", "as reported by")]),
    ]);
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. The sale of the ferry was first reported by the Harbour Herald.\n\nDana Ortiz spoke. The deal had been previously disclosed by Tom Reyes in a filing.\n"));
    assert_sources(&sp, &q, &[("The sale of the ferry", "Harbour Herald", SpeakerKind::Organisation), ("The deal", "Tom Reyes", SpeakerKind::Person)]);
    // (a report inside the clause before `, as reported by` is that clause's own)
    let (_, q) = run(&format!("{HEAD}Lee Moss spoke. Ann Cole said the ferry board began selling bonds, as first reported by the Westport Times.\n"));
    assert_eq!(item(&q, "the ferry board began").rule.as_deref(), Some("reported-clause"));
}

/// `Ann Cole opened the hearing with criticism of the levy`: a noun of speech or attitude
/// in a `with` phrase after a verb and its object is how the subject acted, and so the
/// subject's. What met the subject, or what others said that it agreed with or
/// grappled with, is not (`was met with`, `met with`, `agreed with`, `grappled with`),
/// nor is what a modal verb would do.
#[test]
fn a_noun_of_speech_in_a_with_phrase_is_the_subjects() {
    let (sp, q) = run(&format!(
        "{HEAD}Lee Moss spoke. Ann Cole opened the hearing with criticism of the harbour levy.\n\nDana Ortiz spoke. Tom Reyes answered the board with a blunt argument that the toll is now a tax on work.\n\nLena Hart spoke. Paul Brandt opened with a call for calm.\n"
    ));
    assert_sources(&sp, &q, &[("the harbour levy", "Ann Cole", SpeakerKind::Person), ("the toll is now", "Tom Reyes", SpeakerKind::Person), ("calm", "Paul Brandt", SpeakerKind::Person)]);
    for sentence in [
        "Tom Reyes was met with criticism of his plan.",
        "Tom Reyes met with criticism of his plan.",
        "Tom Reyes was hit with criticism of his plan.",
        "Tom Reyes grappled with questions about the levy.",
        "Tom Reyes would respond with criticism of the levy.",
        // (from the session's behaviour review: a verb that does not tell how someone
        // spoke, a possessive with another phrase between, `with no`)
        // (`sided with` is a stance of its own, whose object is the content:
        // `a_stance_in_a_verb_and_its_preposition_reports_its_object`)
        "Tom Reyes dined with harsh critics of the levy.",
        "Ann Cole resigned her seat with criticism of the toll still loud.",
        "Ann Cole responded with no criticism of the levy.",
    ] {
        let (_, q) = run(&format!("{HEAD}Lee Moss spoke. {sentence}\n"));
        assert!(reported(&q).iter().all(|x| x.speaker.is_none()), "{sentence}: {:#?}", reported(&q));
    }
}

/// `He said he intends to run, and other council members said he is ...`: after a comma and
/// `and`, a plural noun with up to two modifiers before a verb that reports a clause is
/// a new subject with a report of its own, not more of the first content (the second
/// report had been swallowed, and its words given to the first speaker).
#[test]
fn a_new_plural_subject_with_modifiers_after_comma_and_opens_its_own_report() {
    assert_items(&[
        ("Lee Moss spoke. He said he intends to run, and other council members said he is a loyal backer.", &[("he intends to run", "said"), ("he is a loyal backer", "said")]),
        ("Lee Moss spoke. He said he intends to run, and other Eastvale members said he is a loyal backer.", &[("he intends to run", "said"), ("he is a loyal backer", "said")]),
        ("Lee Moss spoke. He said he intends to run, and aides say he is a loyal backer.", &[("he intends to run", "said"), ("he is a loyal backer", "say")]),
        // (a verb among the words is the content's own clause going on)
        ("Lee Moss spoke. He said fares rose, and angry riders quit riding ferries.", &[("fares rose, and angry riders quit riding ferries", "said")]),
        // (a first content shorter than a clause's least words ends there too: the
        // review found the second report swallowed after two words)
        ("Lee Moss spoke. Ann Cole said fares rose, and riders said buses were late.", &[("fares rose", "said"), ("buses were late", "said")]),
        ("Lee Moss spoke. Ann Cole said prices rose, but economists said the rise was small.", &[("prices rose", "said"), ("the rise was small", "said")]),
    ]);
}

/// `Ann Cole wrote about the visit in her book`: writing about or of something reports
/// it, as talking about it does.
#[test]
fn writing_about_something_reports_it() {
    assert_items(&[
        ("Lee Moss spoke. In May, the Harbour Herald wrote about the finances of a charity in Eastvale.", &[("the finances of a charity in Eastvale", "wrote about")]),
        ("Lee Moss spoke. Ann Cole wrote of growing up beside the harbour.", &[("growing up beside the harbour", "wrote of")]),
        ("Lee Moss spoke. Ann Cole wrote a book about the harbour.", &[]),
    ]);
}

/// `Paul Brandt said he would.`: a clause cut short after its auxiliary, its verb understood
/// from before, is a content of two words; two words left after a quote is cut out of a
/// content are not (`insisted that she has “fixed the ferries”` is the quote's item).
#[test]
fn an_elided_clause_after_its_auxiliary_is_a_content() {
    assert_items(&[
        ("Lee Moss spoke. Paul Brandt said he would.", &[("he would", "said")]),
        ("Lee Moss spoke. The riders said Reyes could.", &[("Reyes could", "said")]),
        ("Lee Moss spoke. Paul Brandt said he would not.", &[("he would not", "said")]),
        ("Lee Moss spoke. Paul Brandt said he saw.", &[]),
    ]);
    let (_, q) = run(&format!("{HEAD}Lee Moss spoke. Visiting the pier on Friday, Ann Cole insisted that she has \u{201c}fixed the ferries,\u{201d} claiming that she is responsible for the new timetable.\n"));
    assert!(reported(&q).iter().all(|x| x.text != "she has"), "{:#?}", reported(&q));
}

/// `Ann Cole, calling the plan “a raid on riders,” said the board would vote again`:
/// a verb right after a quote's closing comma with a clause of its own after it (a
/// noun phrase, then its auxiliary) is no inverted cue of the quote, which stands in
/// the aside of the verb's subject; the verb reports the clause. Before, `said the
/// board` was the quote's cue and the report was lost.
#[test]
fn a_verb_with_its_own_clause_after_a_quote_in_its_subjects_aside_reports_it() {
    assert_items(&[
        ("Lee Moss spoke. Ann Cole, calling the plan “a raid on riders,” said the board would vote again in May.", &[("the plan “a raid on riders,”", "calling"), ("the board would vote again in May", "said")]),
        // (`citing` is no cue: the quote keeps no cue of its own)
        ("Lee Moss spoke. Lena Hart, citing “years of neglect,” said the pier would close in June.", &[("years of neglect,", ""), ("the pier would close in June", "said")]),
        // (from the session's behaviour review: a pronoun subject, `that`, a contracted
        // negation, a longer noun phrase)
        ("Lee Moss spoke. Ann Cole, calling the plan “a raid on riders,” said she would vote against it.", &[("the plan “a raid on riders,”", "calling"), ("she would vote against it", "said")]),
        ("Lee Moss spoke. Ann Cole, calling the plan “a raid on riders,” said that the board would vote again.", &[("the plan “a raid on riders,”", "calling"), ("the board would vote again", "said")]),
        ("Lee Moss spoke. Ann Cole, calling the plan “a raid on riders,” said the board wouldn't vote again.", &[("the plan “a raid on riders,”", "calling"), ("the board wouldn't vote again", "said")]),
        ("Lee Moss spoke. Ann Cole, calling the plan “a raid on riders,” said the old board of Westport would vote again.", &[("the plan “a raid on riders,”", "calling"), ("the old board of Westport would vote again", "said")]),
    ]);
    // (an inverted subject with no clause after it is still the quote's)
    for sentence in ["“We will win this,” said the mayor, who has led the town since 2010.", "“We will win this,” said the mayor at a rally in Westport."] {
        let (_, q) = run(&format!("{HEAD}Lee Moss spoke. {sentence}\n"));
        assert_eq!(q.quotes.iter().map(cue).collect::<Vec<_>>(), [Some("said the mayor")], "{sentence}");
    }
}

/// `She said she had not read the audit, and when asked whether the port would close,
/// she said, “Not this year.”`: a stretch that a conjunction and a subordinator (or a
/// participle) open is the setting of the cue after it, not a content before it, and the
/// quote after the cue is the cue's; before, the whole sentence up to the cue was read
/// as content and the first report was lost. `and then it collapsed` is a clause.
#[test]
fn a_setting_after_and_before_a_cue_and_its_quote_is_no_content() {
    assert_items(&[
        ("Lee Moss spoke. Dana Ortiz said she had not read the audit, and when asked whether the port would close, she said, “Not this year.”", &[("she had not read the audit", "said"), ("whether the port would close", "asked")]),
        ("Lee Moss spoke. Fares rose sharply, and then the service collapsed, she said, as the crowd left.", &[("Fares rose sharply, and then the service collapsed", "said")]),
        // (from the session's behaviour review: any subordinate clause or participle's
        // phrase closed by a cue clause ends the content before it; one closed by a clause
        // of the content's own does not)
        ("Lee Moss spoke. Ann Cole said the vote was fair, and if the board disagrees, she said, “We will sue.”", &[("the vote was fair", "said")]),
        ("Lee Moss spoke. Ann Cole said the vote was fair, and after the meeting ended, she said the board would sue.", &[("the vote was fair", "said"), ("the board would sue", "said")]),
        ("Lee Moss spoke. Ann Cole said the vote was fair, and speaking to reporters later, she said, “We will sue.”", &[("the vote was fair", "said")]),
        ("Lee Moss spoke. Ann Cole said the vote was fair, and if the board disagrees, it can sue.", &[("the vote was fair, and if the board disagrees, it can sue", "said")]),
    ]);
}

/// `Ann Cole met the board and made a call for calm`, `is making the case that ...`: a
/// noun of speech that a second verb after `and` voices or takes is the subject the two
/// verbs share, and one that a verb in the progressive voices is its subject's; before,
/// both had no holder (the verb group stopped at `and`, `is` and `been`).
#[test]
fn a_noun_of_speech_after_a_second_verb_or_a_progressive_is_the_subjects() {
    let (sp, q) = run(&format!(
        "{HEAD}Lee Moss spoke. Ann Cole met the board and made a call for calm.\n\nDana Ortiz spoke. Paul Brandt toured the docks and delivered a critique of the ferry plan.\n\nLena Hart spoke. Tom Reyes has been making the case that the toll is a tax on work.\n\nMaria Lopez spoke. Ann Cole is voicing concern about the new levy.\n"
    ));
    assert_sources(&sp, &q, &[("calm", "Ann Cole", SpeakerKind::Person), ("the ferry plan", "Paul Brandt", SpeakerKind::Person), ("the toll is", "Tom Reyes", SpeakerKind::Person), ("the new levy", "Ann Cole", SpeakerKind::Person)]);
    // (a negated or modal second verb still holds nothing, and a progressive passive
    // names no holder)
    for sentence in ["Ann Cole met the board and never made a call for calm.", "Ann Cole met the board and would make a call for calm.", "The levy is being met with criticism of its cost."] {
        let (_, q) = run(&format!("{HEAD}Lee Moss spoke. {sentence}\n"));
        assert!(reported(&q).iter().all(|x| x.speaker.is_none()), "{sentence}: {:#?}", reported(&q));
    }
}

/// `recalling her first trip to Westport and touring the old pier`, `questioned the
/// figures and Tom Reyes waving a copy of the audit`, `rejected the charge by citing the
/// audit`: an object with no verb in it ends where the subject's next act begins, an
/// `-ing` form (or a past, after `and`) with an object of its own; before, the object
/// ran on over the next act.
#[test]
fn an_object_ends_where_the_subjects_next_act_begins() {
    assert_items(&[
        ("Lee Moss spoke. Ann Cole thanked the volunteers, recalling her first trip to Westport and touring the old pier.", &[("the volunteers", "thanked"), ("her first trip to Westport", "recalling")]),
        ("Lee Moss spoke. Ann Cole questioned the figures and Tom Reyes waving a copy of the audit.", &[("the figures", "questioned")]),
        ("Lee Moss spoke. Ann Cole rejected the charge by citing the clean audit.", &[("the charge", "rejected"), ("the clean audit", "citing")]),
        // (not a preposition in `-ing`, a gerund the object opens with, a name and its
        // past, nor a noun in `-ing` with no object of its own)
        ("Lee Moss spoke. Ann Cole recalled the visits of Tom Reyes and Paul Brandt during the storm.", &[("the visits of Tom Reyes and Paul Brandt during the storm", "recalled")]),
        ("Lee Moss spoke. Tom Reyes opposed raising fares and cutting the service.", &[("raising fares and cutting the service", "opposed")]),
        ("Lee Moss spoke. Ann Cole recalled raising fares and cutting the service.", &[("raising fares and cutting the service", "recalled")]),
        ("Lee Moss spoke. Ann Cole recalled the visit and Tom Reyes, praising the crews.", &[("the visit and Tom Reyes", "recalled"), ("the crews", "praising")]),
        ("Lee Moss spoke. Ann Cole said that with Tom Reyes on the ballot and Paul Brandt running the campaign, the party would lose.", &[("with Tom Reyes on the ballot and Paul Brandt running the campaign, the party would lose", "said")]),
        ("Lee Moss spoke. Ann Cole said the plans of Tom Reyes and Paul Brandt raised the fares.", &[("the plans of Tom Reyes and Paul Brandt raised the fares", "said")]),
        ("Lee Moss spoke. Ann Cole questioned the cost and timing of the bridge.", &[("the cost and timing of the bridge", "questioned")]),
    ]);
}

/// `..., which, her aides say, would calm the shops`: a cue clause set right after a
/// relative word reports the relative clause, not the clause it hangs on; one inside
/// parentheses reports what they hold, and a content before the parentheses ends there.
/// Before, the content ran from the sentence's start over the cue clause, and the
/// sentence's own report was lost.
#[test]
fn a_cue_clause_after_a_relative_word_or_in_parentheses_reports_only_that() {
    assert_items(&[
        ("Lee Moss spoke. Maria Lopez wants the ferry back by June, which, her aides say, would calm the shops on the island.", &[("the ferry back by June", "wants"), ("which, her aides say, would calm the shops on the island", "say")]),
        ("Lee Moss spoke. Ann Cole backed the levy, which, she argued, would pay for the new ferry.", &[("the levy", "backed"), ("which, she argued, would pay for the new ferry", "argued")]),
        ("Lee Moss spoke. The deficit (close to 12 million dollars, the auditor says) alarmed the board.", &[("close to 12 million dollars", "says")]),
        ("Lee Moss spoke. Ann Cole said the pier will reopen in May (a date that, engineers say, is too early) after repairs.", &[("the pier will reopen in May", "said"), ("a date that, engineers say, is too early", "say")]),
    ]);
    let text = format!("{HEAD}Lee Moss spoke. Maria Lopez wants the ferry back by June, which, her aides say, would calm the shops on the island.\n");
    let (_, q) = run(&text);
    assert_eq!(parts(item(&q, "which"), &text), ["which", "would calm the shops on the island"]);
    // (from the session's behaviour review: a relative clause ends where its clause goes
    // on; `where` too; a cue at a parenthesis's start; a cue clause after a relative word
    // inside a content does not end it)
    let text = format!("{HEAD}Lee Moss spoke. The deficit (close to 12 million dollars, the auditor says) alarmed the board.\n");
    let (_, q) = run(&text);
    assert_eq!(parts(item(&q, "close to"), &text), ["close to 12 million dollars"]);
    let text = format!("{HEAD}Lee Moss spoke. The toll, which, Ann Cole argues, hurts the poor, starts in May.\n");
    let (_, q) = run(&text);
    assert_eq!(parts(item(&q, "which"), &text), ["which", "hurts the poor"]);
    assert_items(&[
        ("Lee Moss spoke. The council met in Westport, where, Ann Cole said, the vote was rigged.", &[("where, Ann Cole said, the vote was rigged", "said")]),
        ("Lee Moss spoke. The repairs (Hart says they took nine weeks) delayed the ferry.", &[("they took nine weeks", "says")]),
    ]);
    // (the staff's expectation inside Reyes's content is no item of its own yet: the nesting
    // of reports keeps the outer one; before, Reyes's content ended at `which`)
    let (_, q) = run(&format!("{HEAD}Lee Moss spoke. Tom Reyes said that the plan, which, his staff expects, would cut fares, was popular.\n"));
    assert_contents(&q, &["the plan, which, his staff expects, would cut fares, was popular"]);
}

/// `Ann Cole camp: ...`, `Ann Cole To Ferry Riders: ...`, `Mayor Tom Reyes at the Pier
/// Opening: ...`, `Tom Reyes on the Ferry Deal: ...`: a headline's source may carry its
/// side (`camp`), or whom, where or on what it spoke, before the colon; the name that
/// opens the line (past its titles) is the source of what follows. Before, only a colon
/// after three capitalised words at most was read so. A title-case headline whose name
/// comes after words that are no titles is no source (`Voters Turn On Tom Reyes: ...`).
#[test]
fn a_headline_source_with_its_side_audience_or_topic_before_a_colon() {
    for (title, content, name) in [
        ("Ann Cole camp: the levy would empty the harbour fund.", "the levy would empty the harbour fund", "Ann Cole"),
        ("Ann Cole To Ferry Riders: Expect Delays Through June.", "Expect Delays Through June", "Ann Cole"),
        ("Mayor Tom Reyes at the Pier Opening: the harbour will grow.", "the harbour will grow", "Tom Reyes"),
        ("Tom Reyes on the Ferry Deal: It Is Not Over.", "It Is Not Over", "Tom Reyes"),
    ] {
        let text = format!("{title}\n\nLee Moss spoke. The board met.\n");
        let (sp, q) = run(&text);
        let x = item(&q, content);
        assert_eq!((x.text.as_str(), x.rule.as_deref(), speaker_of(&sp, x).name.as_str()), (content, Some("colon-source"), name), "{title}");
    }
    for title in ["Why Voters Will Not Forgive Tom Reyes: A Look Back", "Voters Turn On Tom Reyes: The Ferry Deal Haunts Him"] {
        let (_, q) = run(&format!("{title}\n\nLee Moss spoke. Tom Reyes met the board.\n"));
        assert!(q.quotes.iter().all(|x| x.rule.as_deref() != Some("colon-source")), "{title}: {:#?}", q.quotes);
    }
}

/// `..., Sen. Ann Cole (R-Ore.) said.`: a party and state tag between a name and its verb
/// after the content is the name's; before, the tag's parenthesis opened the cue clause,
/// whose subject was then no name, and the report was lost or cut inside the tag.
#[test]
fn party_and_state_tag_before_a_verb_after_the_content() {
    assert_items(&[
        ("The toll will help the port, Sen. Ann Cole (R-Ore.) said.", &[("The toll will help the port", "said")]),
        ("The toll will help the port, Sen. Ann Cole (D-Mass.) told reporters.", &[("The toll will help the port", "told")]),
        ("The toll will help the port, Gov. Tom Reyes (R) said on Monday.", &[("The toll will help the port", "said")]),
        ("The toll will help the port, Rep. Paul Brandt (D-California) said.", &[("The toll will help the port", "said")]),
    ]);
    let (sp, q) = run(&format!("{HEAD}The toll will help the port, Sen. Ann Cole (R-Ore.) said.\n"));
    assert_sources(&sp, &q, &[("The toll will help", "Ann Cole", SpeakerKind::Person)]);
    // (a tag of more than a party and a state is an aside of its own, and no name's)
    assert_items(&[("The toll will help the port, Sen. Ann Cole (who chairs the harbour board) said.", &[])]);
    // (a photo's pointer to the name is the name's as a tag is)
    assert_items(&[("The toll plan failed, Paul Brandt (left) said on Monday.", &[("The toll plan failed", "said")])]);
    // (two tagged names: no content cut inside the first one's tag, `... Rep. Maria
    // Lopez (D-Fla`, and no second name for the speaker)
    assert_items(&[("The ferries are safe, Rep. Maria Lopez (D-Fla.) and Rep. Tom Reyes (R-Ga.) said.", &[])]);
}

/// `Majorities of the riders who answered the survey say`: the share's `of` governs the
/// subject the speakers stage named, in the plural too.
#[test]
fn plural_shares_of_a_group() {
    for sentence in [
        "Majorities of the riders who answered the harbour survey say they want more boats.",
        "Majorities of riders in the harbour towns said they want more boats.",
    ] {
        let (sp, q) = run(&format!("{HEAD}{sentence}\n"));
        let who = speaker_of(&sp, item(&q, "they want more boats"));
        assert_eq!(who.kind, SpeakerKind::Group, "{sentence}");
        assert!(who.name.starts_with("riders"), "{sentence}: {}", who.name);
    }
}

/// `Tom Reyes fired back that the figures were wrong`, `Ann Cole lashed out at the
/// board`: a retort or an attack in a verb and its particle reports a `that` clause, or
/// what it answers or attacks (`shot back at`, `weighed in on`, `doubled down on`,
/// `pushed back against`). The verb without its particle, or with its particle before
/// no such word, is no report (`was fired back in May`, `hit back-to-back`); a time
/// after `back` is when, not what (`fired back on Monday that ...`); and a retort's
/// object is what it was, whose participle reports (`fired back a reply saying ...`).
#[test]
fn a_retort_or_an_attack_in_a_verb_and_its_particle_reports() {
    assert_items(&[
        ("Lee Moss spoke. Tom Reyes fired back that the figures were wrong.", &[("the figures were wrong", "fired back")]),
        ("Lee Moss spoke. The mayor shot back on Monday that the budget was balanced.", &[("the budget was balanced", "shot back")]),
        ("Lee Moss spoke. Tom Reyes hit back at critics of the toll.", &[("critics of the toll", "hit back at")]),
        // (gunfire as often as words: `fired back at` and `shot back at` report nothing)
        ("Lee Moss spoke. Gunmen fired back at police outside the depot.", &[]),
        ("Lee Moss spoke. Officers shot back at the gunmen.", &[]),
        ("Lee Moss spoke. Ann Cole lashed out at the harbour board.", &[("the harbour board", "lashed out at")]),
        ("Lee Moss spoke. Ann Cole weighed in on the toll debate.", &[("the toll debate", "weighed in on")]),
        ("Lee Moss spoke. Tom Reyes doubled down on his claim.", &[("his claim", "doubled down on")]),
        ("Lee Moss spoke. The pilots pushed back against the dredging plan.", &[("the dredging plan", "pushed back against")]),
        ("Lee Moss spoke. Tom Reyes fired back a short reply saying the figures were wrong.", &[("the figures were wrong", "saying")]),
        ("Lee Moss spoke. The striker was fired back in May.", &[]),
        ("Lee Moss spoke. The storm hit back-to-back towns.", &[]),
        ("Lee Moss spoke. Ann Cole weighed in on Monday.", &[]),
    ]);
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. Ann Cole lashed out at the harbour board.\n\nDana Ortiz spoke. Tom Reyes fired back that the figures were wrong.\n"));
    assert_sources(&sp, &q, &[("the harbour board", "Ann Cole", SpeakerKind::Person), ("the figures were wrong", "Tom Reyes", SpeakerKind::Person)]);
}

/// `Tom Reyes made the case to the council that the toll was too high`: a case made to
/// someone is still its maker's, its `that` clause past the addressee.
#[test]
fn a_case_made_to_someone_reports_its_that_clause() {
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. Tom Reyes made the case to council members that the toll was too high.\n"));
    let x = item(&q, "the toll was too high");
    assert_eq!(x.text, "the toll was too high");
    assert_eq!(cue(x), Some("made the case to council members that"));
    assert_sources(&sp, &q, &[("the toll was too high", "Tom Reyes", SpeakerKind::Person)]);
    // (a group that makes it is a source, as the speakers stage reads it too)
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. Pilots made the case to the board that the channel was too shallow.\n"));
    assert_sources(&sp, &q, &[("the channel was too shallow", "Pilots", SpeakerKind::Group)]);
}

/// `Ann Cole vouched for the harbour master`, `Tom Reyes hinted at a run`: a stance to a
/// person or a cause in a verb and its preposition or particle reports its object
/// (`apologized for`, `sided with`, `acquiesced to`, `hoped for`, `shrugged off`, and
/// `distanced herself from` past its reflexive). `sides` is a noun (`both sides`), no
/// verb: the group before `warn` stays its source.
#[test]
fn a_stance_in_a_verb_and_its_preposition_reports_its_object() {
    assert_items(&[
        ("Lee Moss spoke. Ann Cole vouched for the new harbour master.", &[("the new harbour master", "vouched for")]),
        ("Lee Moss spoke. Tom Reyes hinted at a run for mayor.", &[("a run for mayor", "hinted at")]),
        ("Lee Moss spoke. Tom Reyes apologized for the delay on Monday.", &[("the delay", "apologized for")]),
        ("Lee Moss spoke. The pilots sided with the ferry union.", &[("the ferry union", "sided with")]),
        ("Lee Moss spoke. The board acquiesced to the demand for an audit.", &[("the demand for an audit", "acquiesced to")]),
        ("Lee Moss spoke. Residents hoped for a quick repair.", &[("a quick repair", "hoped for")]),
        ("Lee Moss spoke. Tom Reyes shrugged off the criticism.", &[("the criticism", "shrugged off")]),
        ("Lee Moss spoke. Ann Cole distanced herself from the plan.", &[("the plan", "distanced herself from")]),
        ("Lee Moss spoke. Tom Reyes shrugged off criticism.", &[]),
    ]);
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. Ann Cole distanced herself from the plan.\n\nDana Ortiz spoke. Leaders on both sides warn that the toll will rise.\n"));
    assert_sources(&sp, &q, &[("the plan", "Ann Cole", SpeakerKind::Person), ("the toll will rise", "Leaders on both sides", SpeakerKind::Group)]);
}

/// `The tribunal ordered the port to hand over its ledgers`, `ordered an inquiry into
/// the contract`, `ordered that the ledgers be audited`: what someone orders is reported,
/// a `that` clause or the object; a `that` after the object opens a relative clause of
/// it, no second report (`an inquiry into fees that rose ...`).
#[test]
fn an_order_reports_what_was_ordered() {
    assert_items(&[
        ("Lee Moss spoke. The tribunal ordered that the ledgers be audited.", &[("the ledgers be audited", "ordered")]),
        ("Lee Moss spoke. The tribunal ordered an inquiry into the ferry contract.", &[("an inquiry into the ferry contract", "ordered")]),
        ("Lee Moss spoke. The tribunal ordered the port to hand over its ledgers.", &[("the port to hand over its ledgers", "ordered")]),
        (
            "Lee Moss spoke. The tribunal ordered an inquiry into fees that rose twice in a year.",
            &[("an inquiry into fees that rose twice in a year", "ordered")],
        ),
        ("Lee Moss spoke. The court-ordered audit found gaps.", &[]),
    ]);
}

/// `Ann Cole talked to the harbour pilots about the dredging`: an addressee may stand between
/// a verb and its `about` or `for`, and the cue takes it, as `told reporters` does; a
/// `to` phrase with neither after it is no report (`spoke to the crowd for an hour`),
/// nor is an infinitive (`voted to raise taxes for schools`).
#[test]
fn an_addressee_before_about_is_the_cues() {
    assert_items(&[
        ("Lee Moss spoke. Ann Cole talked to the harbour pilots about the dredging plan.", &[("the dredging plan", "talked to the harbour pilots about")]),
        ("Lee Moss spoke. Tom Reyes talked to reporters about the toll on Monday.", &[("the toll", "talked to reporters about")]),
        ("Lee Moss spoke. Tom Reyes spoke to the crowd for an hour.", &[]),
        // (before `for` too; the addressee opens as a noun phrase, not an infinitive)
        ("Lee Moss spoke. The board apologized to residents for the noise.", &[("the noise", "apologized to residents for")]),
        ("Lee Moss spoke. The council voted to raise taxes for schools.", &[]),
        // (not in a relative clause, whose object would run on into the main verb)
        ("Lee Moss spoke. Residents who talked to reporters about the fire said they were scared.", &[("they were scared", "said")]),
    ]);
}

/// `Clubs that backed Tom Reyes say ...`: a name inside a relative clause that
/// `that` opens (a verb right after it) is no subject of the verb after the clause, as
/// inside one `who` opens; the speaker is the phrase's, unknown here, never Reyes. An
/// addressee's relative `that`, a verb right after it and another `that` to come, is no
/// content's (`told the Herald in an interview that aired Sunday that she hopes ...` is
/// hers).
#[test]
fn a_name_in_a_relative_that_clause_is_no_subject() {
    for sentence in ["Clubs that backed Tom Reyes say the count was fair.", "Unions that supported Ann Cole argued that the deal was unfair."] {
        let (_, q) = run(&format!("{HEAD}Lee Moss spoke. {sentence}\n"));
        let x = reported(&q).into_iter().find(|x| x.text.contains("was")).unwrap_or_else(|| panic!("{sentence}: {:#?}", q.quotes));
        assert_eq!(x.speaker, None, "{sentence}");
    }
    // (a verb of any form after `that`: `that ran`, `that oppose`)
    for sentence in ["Critics that oppose Maria Lopez argue the budget is unfair.", "Voters that met Ann Cole said she seemed tired."] {
        let (_, q) = run(&format!("{HEAD}Lee Moss spoke. {sentence}\n"));
        assert!(reported(&q).iter().all(|x| x.speaker.is_none()), "{sentence}: {:#?}", q.quotes);
    }
    let (_, q) = run(&format!("{HEAD}Lee Moss spoke. Ann Cole told the Herald in an interview that ran on Sunday that she hopes the toll will fall.\n"));
    assert_eq!(item(&q, "she hopes").text, "she hopes the toll will fall");
    // (a noun's form after `that` opens no relative clause: `told lenders that concerns
    // over the debt were exaggerated and that ...`)
    let (_, q) = run(&format!("{HEAD}Lee Moss spoke. Tom Reyes told lenders that concerns over the harbour debt were exaggerated and that the toll would stay.\n"));
    assert_eq!(cue(item(&q, "concerns over the harbour debt")), Some("told lenders"));
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. Ann Cole told the Herald in an interview that aired Sunday that she hopes the toll will fall.\n"));
    assert_sources(&sp, &q, &[("she hopes the toll", "Ann Cole", SpeakerKind::Person)]);
    assert_eq!(cue(item(&q, "she hopes the toll")), Some("told the Herald in an interview that aired Sunday"));
}

/// `Ann Cole called out the board`, `Tom Reyes took aim at the levy`, `played down the
/// risk`, `talked up the deal`, `walked back his remarks`, `took issue with the figures`:
/// a stance in a verb and its particle reports its object. `called out of retirement`
/// and `walked back to the car` report nothing.
#[test]
fn a_stance_taken_back_played_down_or_aimed_reports_its_object() {
    assert_items(&[
        ("Lee Moss spoke. Ann Cole called out the board for its silence.", &[("the board for its silence", "called out")]),
        ("Lee Moss spoke. Tom Reyes took aim at the new levy.", &[("the new levy", "took aim at")]),
        ("Lee Moss spoke. Tom Reyes took issue with the figures.", &[("the figures", "took issue with")]),
        ("Lee Moss spoke. Ann Cole played down the risk of a strike.", &[("the risk of a strike", "played down")]),
        ("Lee Moss spoke. Ann Cole talked up the deal.", &[("the deal", "talked up")]),
        ("Lee Moss spoke. Tom Reyes walked back his remarks.", &[("his remarks", "walked back")]),
        ("Lee Moss spoke. Tom Reyes was called out of retirement.", &[]),
        ("Lee Moss spoke. Tom Reyes walked back to the car.", &[]),
    ]);
}

/// `weighed in on the plan last week`, `hoped for a better result next year`: `last`,
/// `next` or `this` and a span or a day at a prepositional object's end is when, not
/// what; after a participle it is the participle's (`the memo circulated last spring`).
#[test]
fn a_time_at_a_prepositional_objects_end_is_left_out() {
    assert_items(&[
        ("Lee Moss spoke. The chamber weighed in on the plan last week.", &[("the plan", "weighed in on")]),
        ("Lee Moss spoke. Tom Reyes hoped for a better result next year.", &[("a better result", "hoped for")]),
        ("Lee Moss spoke. Ann Cole apologized for the memo circulated last spring.", &[("the memo circulated last spring", "apologized for")]),
    ]);
}

/// `cash from ferry owners opposing the toll`, `with harbour pilots urging the council
/// to act`, `paid for ads attacking Ann Cole`, `A spokesman defending the levy said ...`: a
/// participle of speech or attitude right after a described phrase is the phrase's, as
/// a reduced relative clause's, wherever the phrase stands. Not a name after a preposition
/// of address (`wrote a letter to Cole asking`, the writer's), not a text its writer puts
/// out (`issued a statement saying`), and not a conjunct inside another's report (`his
/// record and polls showing a lead give him a chance` stays one content).
#[test]
fn a_participle_after_a_described_phrase_is_the_phrases() {
    let (sp, q) = run(&format!(
        "{HEAD}Lee Moss spoke. The cash came from ferry owners opposing the toll. The levy is under fire, with harbour pilots urging the council to scrap it. The union paid for ads attacking Ann Cole. A spokesman defending the levy said it was fair.\n"
    ));
    assert_sources(&sp, &q, &[
        ("the toll", "ferry owners", SpeakerKind::Group),
        ("the council to scrap it", "harbour pilots", SpeakerKind::Group),
        ("Ann Cole", "ads", SpeakerKind::Document),
        ("the levy", "a spokesman", SpeakerKind::Person),
        ("it was fair", "a spokesman", SpeakerKind::Person),
    ]);
    // (the letter's or its writer's, never the addressee's)
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. Tom Reyes wrote a letter to Ann Cole asking that the toll be cut.\n"));
    assert_ne!(speaker_of(&sp, item(&q, "the toll be cut")).name, "Ann Cole");
    // (the union is no speaker the stage knows, so no one; never the statement)
    let (_, q) = run(&format!("{HEAD}Lee Moss spoke. The union issued a statement saying the toll was unfair.\n"));
    assert_eq!(item(&q, "the toll was unfair").speaker, None);
    assert_items(&[("Lee Moss spoke. Tom Reyes thinks his record and polls showing a lead give him a chance.", &[("his record and polls showing a lead give him a chance", "thinks")])]);
}

/// `Tom Reyes, a candidate aiming at harbour pilots, ... He said`: a description in
/// apposition to a name that a participle follows is a mention of the named person, not
/// a person of its own whom the next `he` would take.
#[test]
fn a_participles_apposition_describes_the_name_before_it() {
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. It is a habit with Tom Reyes, a candidate aiming at harbour pilots. He tells voters that he likes the toll.\n"));
    assert_sources(&sp, &q, &[("he likes the toll", "Tom Reyes", SpeakerKind::Person)]);
    assert!(sp.speakers.iter().all(|s| s.name != "a candidate"), "{:#?}", sp.speakers);
}

/// `JAKE MORROW: Do you think ...`, then `MORROW: ...`; `Dana Ortiz: Ferry toll is
/// unfair`: a paragraph that opens with a label and a colon is the labelled speaker's
/// turn. A label is the person it names, in full or by surname; one not met before is a
/// person when it opens with a given name and is in capitals or in the headline.
/// `Watch:` and `UPDATE:` name no one, and a text's label keeps its kind (`Poll:` is a
/// document).
#[test]
fn a_transcripts_label_before_a_colon_is_its_speaker() {
    let text = "Dana Ortiz: Ferry Toll Is Unfair\n\nThe toll rose on Monday.\n\nJAKE MORROW: Do you think the toll is fair?\n\nANN COLE: I think it is too high.\n\nMORROW: That is a lot of money for a short crossing.\n\nWatch: The vote in full.\n\nUPDATE: The board met again.\n";
    let (sp, q) = run(text);
    assert_sources(&sp, &q, &[
        ("Ferry Toll Is Unfair", "Dana Ortiz", SpeakerKind::Person),
        ("Do you think the toll is fair", "Jake Morrow", SpeakerKind::Person),
        ("I think it is too high", "Ann Cole", SpeakerKind::Person),
        ("That is a lot of money", "Jake Morrow", SpeakerKind::Person),
    ]);
    let morrow = sp.speakers.iter().find(|s| s.name == "Jake Morrow").unwrap();
    assert_eq!(morrow.mentions.iter().map(|m| m.text.as_str()).collect::<Vec<_>>(), ["JAKE MORROW", "MORROW"]);
    assert!(sp.speakers.iter().all(|s| !["Watch", "UPDATE", "Update"].contains(&s.name.as_str())), "{:#?}", sp.speakers);
    let (sp, _) = run("Poll: Reyes Leads In Westport\n\nA poll by the Harbour Herald found that Tom Reyes leads.\n");
    assert!(sp.speakers.iter().all(|s| s.kind != SpeakerKind::Organisation || s.name != "Poll"), "{:#?}", sp.speakers);
}

/// `listened to Dana Ortiz who warned that ...`, `It is Ann Cole who insists that ...`:
/// a `who` right after a name with no comma, a verb of speech or attitude or an auxiliary
/// after it, is the name's, and the `who` is a mention of the person, so the source's
/// mention is the clause's subject. Not a question's `who` after a verb of asking (`asked
/// Tom Reyes who would pay`).
#[test]
fn a_who_right_after_a_name_with_no_comma_is_the_names() {
    for (sentence, content, name) in [
        ("Pilots in Westport listened to Dana Ortiz who warned that the ledgers were forged.", "the ledgers were forged", "Dana Ortiz"),
        ("It is Ann Cole who insists that the toll must stay.", "the toll must stay", "Ann Cole"),
        // (after any preposition but a question's verb: `leaned on Reyes who believes`)
        ("The board leaned on Tom Reyes who believes the toll will fall.", "the toll will fall", "Tom Reyes"),
    ] {
        let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. {sentence}\n"));
        assert_sources(&sp, &q, &[(content, name, SpeakerKind::Person)]);
        let who = speaker_of(&sp, item(&q, content));
        assert!(who.mentions.iter().any(|m| m.text == "who"), "{sentence}: {who:#?}");
    }
    let (sp, _) = run(&format!("{HEAD}Lee Moss spoke. The pilots asked Tom Reyes who would pay for the ferry.\n"));
    assert!(sp.speakers.iter().flat_map(|s| &s.mentions).all(|m| m.text != "who"), "{:#?}", sp.speakers);
}

/// `Tom Reyes and Ann Cole visited the harbour. They said ...`: with no group to refer
/// to, a `they` stands for the names joined by `and` that open a clause just before it,
/// a group named for them. Not names a verb governs (`Reyes met Ann Cole and Paul
/// Brandt. They said ...`), nor when a plural of people stands between (`... met the
/// pilots. They said ...`), nor a list set off by a dash.
#[test]
fn they_after_names_joined_by_and_is_those_people() {
    for (sentence, content, name) in [
        ("Tom Reyes and Ann Cole visited the harbour on Monday. They said the toll would be cut.", "the toll would be cut", "Tom Reyes and Ann Cole"),
        ("As Tom Reyes and Ann Cole toured the port, they said the pilots were angry.", "the pilots were angry", "Tom Reyes and Ann Cole"),
        ("Tom Reyes, Ann Cole and Paul Brandt wrote a letter. They argue that the toll is unfair.", "the toll is unfair", "Tom Reyes, Ann Cole and Paul Brandt"),
        ("Tom Reyes and Ann Cole, both from Westport, voted no. They said the toll was unfair.", "the toll was unfair", "Tom Reyes and Ann Cole"),
    ] {
        let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. {sentence}\n"));
        assert_sources(&sp, &q, &[(content, name, SpeakerKind::Group)]);
    }
    for sentence in [
        "Tom Reyes met Ann Cole and Paul Brandt on Monday. They said the toll would be cut.",
        "Tom Reyes and Ann Cole met the pilots on Monday. They said the toll would be cut.",
        "We asked the candidates - Tom Reyes and Ann Cole - why they said the toll would be cut.",
    ] {
        let (sp, _) = run(&format!("{HEAD}Lee Moss spoke. {sentence}\n"));
        assert!(sp.speakers.iter().all(|s| !s.name.contains(" and ")), "{sentence}: {:#?}", sp.speakers);
    }
}

/// `A judge this week ruled ...`, `One economist doubts ...`: a person an indefinite
/// phrase describes holds a view or acts as one the text names does, with the verb right
/// after the phrase's noun. Such a person is no antecedent of a later pronoun (`One
/// economist doubts ... She said ...` is Ann Cole's, named before), and a verb past a
/// phrase of its own is not the description's (`a founder of the ferry support group`
/// supports nothing).
#[test]
fn an_indefinite_description_holds_a_view_with_its_verb_after_its_noun() {
    let (sp, q) = run(&format!(
        "{HEAD}Lee Moss spoke. A judge this week ruled that the port must release the ledgers. One economist doubts that the levy will pass.\n"
    ));
    assert_sources(&sp, &q, &[("the port must release", "a judge", SpeakerKind::Person), ("the levy will pass", "one economist", SpeakerKind::Person)]);
    let (sp, q) = run(&format!("{HEAD}Ann Cole spoke on Monday. One economist doubts that the levy will pass. She said the ferry would run.\n"));
    assert_sources(&sp, &q, &[("the ferry would run", "Ann Cole", SpeakerKind::Person)]);
    let (sp, _) = run(&format!("{HEAD}Lee Moss spoke. Tom Reyes, a founder of the ferry support group, said the toll was fair.\n"));
    assert!(sp.speakers.iter().all(|s| !s.name.contains("founder")), "{:#?}", sp.speakers);
}

/// `Surveys of Westport riders suggest ...`, `Tribunal filings from the spring reveal ...`: a plural
/// text that opens its clause speaks past a phrase that places it, as one after a
/// determiner does. `The new plan promises ...`: a plan is a text that says what it
/// does. `Her lawyer disputed ...`: a person a possessive phrase describes acts with
/// the verb right after its lower-case noun. And the `to` of a text or of its writing
/// addresses: `sent a note to the pilots urging ...` is the writer's, not the pilots'.
#[test]
fn plural_texts_past_a_place_plans_and_a_possessives_person_are_sources() {
    let (sp, q) = run(&format!(
        "{HEAD}Lee Moss spoke. Surveys of Westport riders suggest that most oppose the toll. Tribunal filings from the spring reveal that Reyes backed the toll. The council met. The new plan promises to cut the toll. Her lawyer disputed the figures.\n"
    ));
    assert_sources(&sp, &q, &[
        ("most oppose the toll", "surveys", SpeakerKind::Document),
        ("Reyes backed the toll", "Tribunal filings", SpeakerKind::Document),
        ("to cut the toll", "plan", SpeakerKind::Document),
        ("the figures", "her lawyer", SpeakerKind::Person),
    ]);
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. Tom Reyes sent a note to the pilots urging them to strike.\n"));
    assert_sources(&sp, &q, &[("them to strike", "Tom Reyes", SpeakerKind::Person)]);
}

/// `An outside group said ...`, `paid to an outside group backing Ann Cole`, `A judge on
/// Monday rejected ...`: a body an indefinite phrase names (`a group`, `a union`, `a
/// court`) is a source of its own, which refers to none named before, and a described
/// person acts past a time right after its noun. Not a body that modifies a text (`a court
/// document`) or is named after it (`a group called Harbour Watch`).
#[test]
fn an_indefinite_body_is_a_source_of_its_own() {
    let (sp, q) = run(&format!(
        "{HEAD}Lee Moss spoke. An outside group said the toll was unfair. The port paid $2 million to a local group backing Ann Cole. A judge on Monday rejected the appeal from the port.\n"
    ));
    assert_sources(&sp, &q, &[
        ("the toll was unfair", "outside group", SpeakerKind::Organisation),
        ("Ann Cole", "local group", SpeakerKind::Organisation),
        ("the appeal from the port", "a judge", SpeakerKind::Person),
    ]);
    let (sp, _) = run(&format!("{HEAD}Lee Moss spoke. Tom Reyes founded a group called Harbour Watch, which opposes the toll. The toll is legal, according to a court document filed on Monday.\n"));
    assert!(sp.speakers.iter().all(|s| s.name != "group" && s.name != "court"), "{:#?}", sp.speakers);
}

/// `Westport councillors said ...`, `Ferry captains on Monday said ...`, `A lobbyist
/// argued ...`: the roles list knows councillors (both spellings), captains, lobbyists,
/// envoys, fishermen and the like, so a phrase that ends in one speaks as a group or a
/// described person.
#[test]
fn councillors_captains_and_lobbyists_are_roles() {
    let (sp, q) = run(&format!(
        "{HEAD}Lee Moss spoke. Westport councillors said the toll was unfair. Ferry captains on Monday said the fares would rise. A lobbyist argued that the levy was legal.\n"
    ));
    assert_sources(&sp, &q, &[
        ("the toll was unfair", "Westport councillors", SpeakerKind::Group),
        ("the fares would rise", "Ferry captains", SpeakerKind::Group),
        ("the levy was legal", "a lobbyist", SpeakerKind::Person),
    ]);
}

/// `The harbour pilots walked off the job on Monday and said ...`, `The port's lawyer
/// pressed on, contending that ...`: a verb of speech that `and` or a participle after
/// the clause's comma joins to the clause's first verb shares that verb's subject,
/// whatever kind of phrase it is (a group, an organisation, a body the text named
/// before). Not the subject of a copula (`The gale was a hard lesson, showing ...` is
/// no source), nor a name outside the clause (`Relatives of the clerks from Westport,
/// Eastvale, have written to the board, claiming ...` is not Eastvale's), nor a thing before a
/// participle or a joined verb (`The toll drew fire from Maria Lopez, saying ...` stays
/// Lopez's, `The flood hit Eastvale and showed ...` is no one's), nor a subject that
/// receives what the participle says (`received a warning from the regulator, saying`).
#[test]
fn a_verb_of_speech_joined_to_its_clauses_first_verb_shares_its_subject() {
    let (sp, q) = run(&format!(
        "{HEAD}Lee Moss spoke. The harbour pilots walked off the job on Monday and said the toll was too high. The Eastvale Courier polled ferry riders in May and concluded that most disliked the toll. The tribunal threw out two appeals in March and warned that the ledgers were sealed.\n\n\
         HarbourLink Inc. runs the ferries. The company bought two boats in May and said the fares would rise. The port's lawyer on the ferry campaign pressed on, contending that the levy was unlawful.\n"
    ));
    assert_sources(&sp, &q, &[
        ("the toll was too high", "harbour pilots", SpeakerKind::Group),
        ("most disliked the toll", "Eastvale Courier", SpeakerKind::Organisation),
        ("the ledgers were sealed", "tribunal", SpeakerKind::Organisation),
        ("the fares would rise", "HarbourLink Inc", SpeakerKind::Organisation),
    ]);
    let adviser = speaker_of(&sp, item(&q, "the levy was unlawful"));
    assert!(adviser.name.contains("lawyer"), "{adviser:#?}");
    // (past a name's possessive in the clause)
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. Dock workers have packed Cole's rallies in Westport all spring, backing her plan for the pier.\n"));
    assert_sources(&sp, &q, &[("her plan for the pier", "Dock workers", SpeakerKind::Group)]);
    // (past a passive of speech in the first clause, and past an aside after the
    // subject)
    let (sp, q) = run(&format!(
        "{HEAD}Lee Moss spoke. The board was criticised by residents and later said the toll would stay. The ferry operator, which is losing money, cut its fares and said the pier would close.\n"
    ));
    assert_sources(&sp, &q, &[("the toll would stay", "board", SpeakerKind::Organisation), ("the pier would close", "ferry operator", SpeakerKind::Person)]);
    let (sp, q) = run(&format!(
        "{HEAD}Lee Moss spoke. The gale was a hard lesson for Westport, showing that the sea wall held. Relatives of the clerks from Westport, Eastvale, have written to the board, claiming that the toll was unfair. The flood hit Eastvale and showed that the levee was too low.\n"
    ));
    assert_eq!(item(&q, "the sea wall held").speaker, None);
    assert_eq!(item(&q, "the levee was too low").speaker, None);
    assert!(sp.speakers.iter().all(|s| s.name != "Eastvale" && s.name != "gale" && s.name != "flood"), "{:#?}", sp.speakers);
    // (what a clause receives or finds speaks for itself or its sender, not for the
    // clause's subject)
    let (sp, q) = run(&format!(
        "{HEAD}Lee Moss spoke. HarbourLink Inc. received a warning from the regulator, saying its boats were unsafe. The union got a call from Ann Cole, saying the deal was off.\n"
    ));
    assert_eq!(item(&q, "its boats were unsafe").speaker, None);
    assert_eq!(speaker_of(&sp, item(&q, "the deal was off")).name, "Ann Cole");
    // (a named receiver too; a subject that gets no message keeps its participle)
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. Tom Reyes received a warning from the regulator, saying the ferry was overloaded. Ann Cole got a standing ovation, saying the ferry would run.\n"));
    assert_eq!(item(&q, "the ferry was overloaded").speaker, None);
    assert_eq!(speaker_of(&sp, item(&q, "the ferry would run")).name, "Ann Cole");
}

/// `..., the port's treasurer, Ann Cole, wrote in a memo.`, `..., a spokeswoman, Ann
/// Cole, said.`, `..., Ann Cole, the treasurer, said.`: a name and a short description in
/// apposition between the content's comma and the verb are the verb's subject, either
/// way round; the content ends before them, and the name speaks. So is a list of names
/// (`..., Maria Lopez, Tom Reyes and Ann Cole said`). Before, the description and the
/// name ran into the content, or no item was made at all.
#[test]
fn a_name_and_its_description_in_apposition_before_a_closing_verb() {
    let (sp, q) = run(&format!(
        "{HEAD}Lee Moss spoke. The pier will reopen by June, the port's treasurer, Ann Cole, wrote in a memo.\n\n\
         The toll will rise in May, a spokeswoman, Dana Ortiz, said.\n\n\
         The ferry will run all winter, Paul Brandt, a pilot for the port, said on Monday.\n"
    ));
    assert_sources(&sp, &q, &[
        ("The pier will reopen by June", "Ann Cole", SpeakerKind::Person),
        ("The toll will rise in May", "Dana Ortiz", SpeakerKind::Person),
        ("The ferry will run all winter", "Paul Brandt", SpeakerKind::Person),
    ]);
    assert_contents(&q, &["The pier will reopen by June", "The toll will rise in May", "The ferry will run all winter"]);
    // (with an age, a name's possessive, the verb's auxiliary, two names; and a list of
    // names whose last two `and` joins, which the first names)
    let (sp, q) = run(&format!(
        "{HEAD}Lee Moss spoke. The dock will close, Jake Morrow, 54, a pilot from Westport, said.

         The levy is legal, Tom Reyes's lawyer, Ann Cole, said.

         The fares will fall, a spokesman, Paul Brandt, has said.

         The vote was rigged, two board members, Lena Hart and Dana Ortiz, said.

         The port will stay open, Maria Lopez, Tom Reyes and Ann Cole said.
"
    ));
    assert_sources(&sp, &q, &[
        ("The dock will close", "Jake Morrow", SpeakerKind::Person),
        ("The levy is legal", "Ann Cole", SpeakerKind::Person),
        ("The fares will fall", "Paul Brandt", SpeakerKind::Person),
        ("The vote was rigged", "Lena Hart", SpeakerKind::Person),
        ("The port will stay open", "Maria Lopez", SpeakerKind::Person),
    ]);
    assert_contents(&q, &["The dock will close", "The levy is legal", "The fares will fall", "The vote was rigged", "The port will stay open"]);
    // (a content may end in a name or a description: one piece before the verb with no
    // comma is the clause's, not an apposition)
    let (_, q) = run(&format!("{HEAD}Lee Moss spoke. The board hired a new pilot, Ann Cole said. The board has appointed a new chief, Tom Reyes, a spokesman said.\n"));
    assert_contents(&q, &["The board hired a new pilot", "The board has appointed a new chief, Tom Reyes"]);
}

/// `Report clerks whose files went missing say ...`, `The report clerks say ...`: a
/// verb's bare form that opens the sentence or follows a determiner modifies the noun
/// (`report`), no clause's verb. `The two concede that ...`: people counted hold views as
/// they speak. `Westport's chief engineer last week dismissed ...`: a person a name's
/// possessive describes holds a view as one a pronoun's does. `The clerk and former pilot
/// said`: one person with two roles under one determiner.
#[test]
fn modifiers_that_are_verbs_counted_people_and_two_roles_under_one_determiner() {
    let (sp, q) = run(&format!(
        "{HEAD}Lee Moss spoke. Report clerks whose files went missing say the audit was rushed. The report clerks in Eastvale say the toll is legal.\n\n\
         Ann Cole and Tom Reyes run the ferry board together. The two concede that the fares are high.\n\n\
         Westport's chief engineer last week dismissed the clerks' bid.\n"
    ));
    assert_sources(&sp, &q, &[
        ("the audit was rushed", "Report clerks", SpeakerKind::Group),
        ("the toll is legal", "report clerks in Eastvale", SpeakerKind::Group),
        ("the clerks' bid", "Westport's chief engineer", SpeakerKind::Person),
    ]);
    assert!(speaker_of(&sp, item(&q, "the fares are high")).name.contains("two"), "{:#?}", sp.speakers);
    let (sp, q) = run(&format!("{HEAD}The harbour clerk and former pilot said the toll was too high.\n"));
    let who = speaker_of(&sp, item(&q, "the toll was too high"));
    assert!(who.mentions.iter().any(|m| m.text == "The harbour clerk and former pilot"), "{who:#?}");
}

/// `which the probe said were caused by a leak`, `An inquiry by the board concluded
/// that ...`: a
/// probe, an inquiry and an investigation are texts that say what they found.
#[test]
fn probes_inquiries_and_investigations_are_sources() {
    let (sp, q) = run(&format!(
        "{HEAD}Lee Moss spoke. The memo listed two spills, which the probe said were caused by a leak. An inquiry by the board concluded that the gauges were faulty.\n"
    ));
    assert_sources(&sp, &q, &[("the gauges were faulty", "inquiry", SpeakerKind::Document)]);
    let leak = reported(&q).into_iter().find(|x| x.text.ends_with("were caused by a leak")).expect("the relative's item");
    assert_eq!(speaker_of(&sp, leak).kind, SpeakerKind::Document);
}

/// `Pier to reopen by June, engineer says.`, `Fee will double, longtime critic says.`:
/// a headline's attribution drops the determiner of a role; the bare singular
/// role right before `says` or `said` and the sentence's end or a comma is its source.
/// Not a role inside prose, `met analyst Tom Reyes`, whose name speaks.
#[test]
fn a_headlines_bare_role_before_says_is_its_source() {
    let (sp, q) = run(&format!(
        "{HEAD}Pier to reopen by June, engineer says.\n\nFee will double, longtime critic says.\n\nAnn Cole met analyst Tom Reyes, who says the fares are high.\n"
    ));
    assert_sources(&sp, &q, &[
        ("Pier to reopen by June", "engineer", SpeakerKind::Person),
        ("Fee will double", "longtime critic", SpeakerKind::Person),
        ("the fares are high", "Tom Reyes", SpeakerKind::Person),
    ]);
}

/// `Some of the younger clerks are skeptical of ...`, `People close to the board were
/// worried that ...`: a described group holds the view a copula and an adjective of
/// attitude express, as it holds one a verb does. `The mayor's aides were confident
/// that ...`: a role's possessive after its determiner opens the phrase, which is named
/// whole. Not a participle's phrase (`hold their members together by making a case that
/// ...` describes no one), nor `that's`, a subject and its verb.
#[test]
fn described_groups_hold_views_with_a_copula_and_a_roles_possessive_opens_its_phrase() {
    let (sp, q) = run(&format!(
        "{HEAD}Lee Moss spoke. Some of the younger clerks are skeptical of Ann Cole. People close to the board were worried that the toll would stay.\n\n\
         Tom Reyes is the mayor. The mayor's aides were confident that the budget would pass.\n\n\
         The clerks expect to hold their members together by making a case that the toll is fair.\n"
    ));
    assert_sources(&sp, &q, &[
        ("Ann Cole", "Some of the younger clerks", SpeakerKind::Group),
        ("the toll would stay", "People close to the board", SpeakerKind::Group),
        ("the budget would pass", "mayor's aides", SpeakerKind::Group),
    ]);
    assert!(sp.speakers.iter().all(|s| !s.name.contains("members")), "{:#?}", sp.speakers);
    // (a group's possessive holds the noun of speech after it, before its preposition)
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. Nobody heeded the pilots' warnings that the pier would flood. The pilots' ferry left early.\n"));
    assert_sources(&sp, &q, &[("the pier would flood", "pilots", SpeakerKind::Group)]);
    assert_eq!(sp.speakers.iter().find(|s| s.name == "pilots").map(|s| s.mentions.len()), Some(1), "{:#?}", sp.speakers);
}

/// `Tom Reyes continued to express concern about ...`, `Ann Cole began to raise doubts
/// about ...`: a holding verb in an infinitive after a verb that goes on or
/// begins holds its noun of speech for that verb's subject.
#[test]
fn a_holding_verb_after_continued_to_holds_for_the_subject() {
    let (sp, q) = run(&format!(
        "{HEAD}Lee Moss spoke. Tom Reyes continued to express concern about the dredging. The clerks continued to voice concern that the toll was unfair. Ann Cole began to raise doubts about the timetable.\n"
    ));
    assert_sources(&sp, &q, &[("the dredging", "Tom Reyes", SpeakerKind::Person), ("the toll was unfair", "clerks", SpeakerKind::Group), ("the timetable", "Ann Cole", SpeakerKind::Person)]);
    assert_eq!(cue(item(&q, "the timetable")), Some("raise doubts about"));
}

/// `The delay prompted some to wonder whether ...`, `Each new fee prompts many clerks to
/// complain that ...`: the object of a verb that leads it to speak or think, before `to`
/// and that verb, is its source, a quantifier there standing for people. Not an object
/// led to do something else (`forced the clerks to stay home`).
#[test]
fn the_object_led_to_speak_or_think_is_the_source() {
    let (sp, q) = run(&format!(
        "{HEAD}Lee Moss spoke. The delay prompted some to wonder whether Cole would quit. Each new fee prompts many clerks to complain that the port is greedy. The ruling led critics to argue that the levy was illegal. The gale forced the clerks to stay home.\n"
    ));
    assert_sources(&sp, &q, &[
        ("whether Cole would quit", "some", SpeakerKind::Group),
        ("the port is greedy", "clerks", SpeakerKind::Group),
        ("the levy was illegal", "critics", SpeakerKind::Group),
    ]);
}

/// `Ann Cole hired the former pilot on Monday. The former pilot said ...`, `Tom Reyes
/// fired the clerk and former pilot. The clerk and former pilot said ...`, `Ann Cole
/// thanked the clerk and former pilot, who said ...`: a definite description that is (or
/// was, in the same words) the object of a named person's verb is someone else, not that
/// person. A description another's verb took still refers back (`Reporters asked the
/// senator ... The senator said`), as does one in a clause of its own (`after the senator
/// suggested`).
#[test]
fn a_description_a_named_person_acted_on_is_someone_else() {
    let (sp, q) = run(&format!(
        "{HEAD}Ann Cole hired the former pilot on Monday. The former pilot said the logs were altered.\n\n\
         Tom Reyes fired the clerk and former pilot. The clerk and former pilot said the firing was unfair.\n\n\
         Ann Cole thanked the clerk and former pilot, who said the ledgers were lost.\n"
    ));
    for content in ["the logs were altered", "the firing was unfair", "the ledgers were lost"] {
        let who = speaker_of(&sp, item(&q, content));
        assert!(who.name.contains("pilot"), "{content}: {who:#?}");
    }
    let (sp, q) = run(&format!(
        "{HEAD}Senator Tom Reyes spoke in Westport. Reporters asked the senator about the toll. The senator said the toll was fair. Two clerks walked out after the senator suggested that the pier was unsafe.\n"
    ));
    assert_sources(&sp, &q, &[("the toll was fair", "Tom Reyes", SpeakerKind::Person), ("the pier was unsafe", "Tom Reyes", SpeakerKind::Person)]);
}

/// `Ferry riders were far more likely to say ...`, `Tom Reyes is likely to argue ...`:
/// the subject of `be likely to` is the source of the verb after `to`. Not a thing that is
/// likely to do something (`The toll is likely to climb in July`: no item).
#[test]
fn the_subject_of_likely_to_say_is_the_source() {
    let (sp, q) = run(&format!(
        "{HEAD}Lee Moss spoke. Ferry riders were far more likely to say the timetable had improved. Tom Reyes is likely to argue the fares are fair. The toll is likely to climb in July.\n"
    ));
    assert_sources(&sp, &q, &[("the timetable had improved", "Ferry riders", SpeakerKind::Group), ("the fares are fair", "Tom Reyes", SpeakerKind::Person)]);
    assert!(reported(&q).iter().all(|x| !x.text.contains("climb in July")), "{:#?}", q.quotes);
}

#[test]
fn an_occasion_clause_after_the_verb_leaves_the_content_before_it() {
    let (sp, q) = run(&format!(
        "{HEAD}Lee Moss spoke. The pier will open in June, Mayor Tom Reyes said as he left the hall. The fares will rise in May, Ann Cole told her aides on Monday while the board met.\n"
    ));
    assert_sources(&sp, &q, &[("The pier will open in June", "Tom Reyes", SpeakerKind::Person), ("The fares will rise in May", "Ann Cole", SpeakerKind::Person)]);
    assert_eq!(cue(item(&q, "The pier will open")), Some("said"));
    let (sp2, q2) = run(&format!("{HEAD}Lee Moss spoke. The accounts are sound, the board said as it released its report. The fares are fair, Dana Ortiz said as soon as she arrived.\n"));
    assert_sources(&sp2, &q2, &[("The accounts are sound", "board", SpeakerKind::Organisation), ("The fares are fair", "Dana Ortiz", SpeakerKind::Person)]);
    assert_eq!(cue(item(&q, "The fares will rise")), Some("told"));
    // the occasion after an addressee is never what was told, and the `that` after it is
    let (_, q) = run(&format!("{HEAD}Dana Ortiz told the pilots as she boarded the ferry. Ann Cole told the clerks as she locked the office that the pier would close.\n"));
    assert!(reported(&q).iter().all(|x| !x.text.starts_with("she boarded") && !x.text.starts_with("she locked")), "{:#?}", q.quotes);
    assert_eq!(cue(item(&q, "the pier would close")), Some("told the clerks"));
    // (but an occasion whose own verb takes the `that` keeps it)
    let (_, q) = run(&format!("{HEAD}Lena Hart told the clerks while they argued that the pier was unsafe.\n"));
    assert_eq!(cue(item(&q, "the pier was unsafe")), Some("argued"));
    // nor is a name and its apposition before a verb with an occasion after it
    let (_, q) = run(&format!("{HEAD}Jake Morrow, the harbour master, shouted as the boat left.\n"));
    assert!(reported(&q).is_empty(), "{:#?}", q.quotes);
}

#[test]
fn the_subject_of_tend_to_or_continue_to_holds_the_view() {
    let (sp, q) = run(&format!(
        "{HEAD}Lee Moss spoke. Ferry riders tend to favor the night crossings. The harbour clerks have continued to oppose the toll. Riders tend to say the ferry is late.\n"
    ));
    assert_sources(
        &sp,
        &q,
        &[
            ("the night crossings", "Ferry riders", SpeakerKind::Group),
            ("the toll", "harbour clerks", SpeakerKind::Group),
            ("the ferry is late", "Riders", SpeakerKind::Group),
        ],
    );
    // `seem to` and `appear to` before a verb of speech or evidence only: before a view
    // their subject is what seems
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. The memo seems to show that the toll was raised twice. The toll seems to favor the rich.\n"));
    assert_sources(&sp, &q, &[("to show that the toll", "memo", SpeakerKind::Document)]);
    assert!(item(&q, "to favor the rich").speaker.is_none(), "{:#?}", q.quotes);
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. The board seems to think the toll is fair.\n"));
    assert_sources(&sp, &q, &[("to think the toll is fair", "board", SpeakerKind::Organisation)]);
}

#[test]
fn whoever_expects_holds_a_view() {
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. The toll angered riders who expect the fares to fall. Harbour pilots expect the pier to close. The pier is expected to close in May.\n"));
    assert_sources(&sp, &q, &[("the fares to fall", "riders", SpeakerKind::Group), ("the pier to close", "Harbour pilots", SpeakerKind::Group)]);
}

#[test]
fn groups_with_an_example_staff_bodies_after_a_possessive_and_those_who() {
    let (sp, q) = run(&format!(
        "{HEAD}Lee Moss spoke. Pilots like Jake Morrow have long argued that the pier needs dredging. Tom Reyes spoke. His company said the pier would close. Staff at the ferry office said the ferry was late. Those who ride the late ferry argue that the fares are fair. Dana Ortiz praised those who left but said the pier would stay open. A clerk who works nights and who asked not to be named said the pier leaks.\n"
    ));
    assert_sources(
        &sp,
        &q,
        &[
            ("the pier needs dredging", "Pilots like Jake Morrow", SpeakerKind::Group),
            ("the pier would close", "His company", SpeakerKind::Organisation),
            ("the ferry was late", "Staff at the ferry office", SpeakerKind::Group),
            ("the fares are fair", "Those", SpeakerKind::Group),
            ("the pier would stay open", "Dana Ortiz", SpeakerKind::Person),
            ("the pier leaks", "clerk", SpeakerKind::Person),
        ],
    );
}

#[test]
fn a_lone_unknown_name_after_according_to_is_a_body() {
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. Ferry crossings fell by a tenth in May, according to Harbourstat. Tom Reyes spoke. The pier is late, according to Reyes.\n"));
    assert_sources(&sp, &q, &[("Ferry crossings fell", "Harbourstat", SpeakerKind::Organisation), ("The pier is late", "Tom Reyes", SpeakerKind::Person)]);
    // (a given name alone is no body, nor a day or a common word)
    let (_, q) = run(&format!("{HEAD}The toll is high, according to Dana. The ferry ran on time, according to Tuesday. The pier was sacred, according to Legend.\n"));
    assert!(reported(&q).iter().all(|x| x.speaker.is_none()), "{:#?}", q.quotes);
}

#[test]
fn a_title_case_headlines_capitalised_words_before_its_verb_are_its_source() {
    for (headline, content, name, kind) in [
        ("Westport Mayor Says Pier Will Reopen", "Pier Will Reopen", "Westport Mayor", SpeakerKind::Person),
        ("Harbour Union Warns Of Strike Over Toll", "Strike Over Toll", "Harbour Union", SpeakerKind::Organisation),
        ("A New Survey Shows Riders Want Later Ferries", "Riders Want Later Ferries", "New Survey", SpeakerKind::Document),
        ("Harbour Pilots Unanimously Oppose New Toll Plan", "New Toll Plan", "Harbour Pilots", SpeakerKind::Group),
        ("Storm Damage Shows Pier Is Weak", "Pier Is Weak", "Storm Damage", SpeakerKind::Document),
    ] {
        let (sp, q) = run(&format!("{headline}\n\nLee Moss spoke on Monday about the harbour and the ferry.\n"));
        assert_sources(&sp, &q, &[(content, name, kind)]);
    }
    // a name the people rules found stays theirs
    let (sp, q) = run("Tom Reyes Says Pier Will Reopen\n\nLee Moss spoke on Monday about the harbour.\n");
    assert_sources(&sp, &q, &[("Pier Will Reopen", "Tom Reyes", SpeakerKind::Person)]);
}

#[test]
fn they_with_a_contracted_auxiliary_refers_as_they_does() {
    let (sp, q) = run(&format!("{HEAD}The pilots met the board in May. The dredging must wait until autumn, they've argued.\n"));
    assert_sources(&sp, &q, &[("The dredging must wait", "pilots", SpeakerKind::Group)]);
    // (not `they're`, most often a passive's)
    let (_, q) = run(&format!("{HEAD}The clerks met. The pier is unsafe, they're told.\n"));
    assert!(reported(&q).iter().all(|x| x.speaker.is_none()), "{:#?}", q.quotes);
}

#[test]
fn a_plural_and_its_participles_phrase_before_the_verb_is_its_source() {
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. Clerks trying to keep the pier open argue that the toll should go. Pilots working the night shift said the fog was thick.\n"));
    assert_sources(
        &sp,
        &q,
        &[
            ("the toll should go", "Clerks trying to keep the pier open", SpeakerKind::Group),
            ("the fog was thick", "Pilots working the night shift", SpeakerKind::Group),
        ],
    );
    // (an infinitive's verb of speech has no subject before its `to`)
    let (_, q) = run(&format!("{HEAD}Clerks trying to say the toll is fair met on Monday.\n"));
    assert!(reported(&q).iter().all(|x| x.speaker.is_none()), "{:#?}", q.quotes);
}

#[test]
fn others_counted_or_quantified_at_a_clauses_start_are_a_group() {
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. Three others told the board the pier was unsafe. Many others argue that the ferry is late.\n"));
    assert_sources(&sp, &q, &[("the pier was unsafe", "others", SpeakerKind::Group), ("the ferry is late", "others", SpeakerKind::Group)]);
}

#[test]
fn an_ing_word_opening_the_clause_modifies_the_plural_after_it() {
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. But dredging engineers warn that the channel is silting up. The vote split the town, leaving pilots who wanted a pier angry.\n"));
    assert_sources(&sp, &q, &[("the channel is silting up", "dredging engineers", SpeakerKind::Group), ("a pier", "pilots", SpeakerKind::Group)]);
}

#[test]
fn a_perfect_participle_is_the_participle_of_its_clauses_subject() {
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. Having promised that the pier would open in June, Mayor Tom Reyes left the hall. Ann Cole stayed on, having argued for weeks that the ferry was late.\n"));
    assert_sources(&sp, &q, &[("the pier would open in June", "Tom Reyes", SpeakerKind::Person), ("the ferry was late", "Ann Cole", SpeakerKind::Person)]);
    // (`Having said that,` says nothing)
    let (_, q) = run(&format!("{HEAD}Having said that, Paul Brandt backed the dredging.\n"));
    assert!(reported(&q).iter().all(|x| cue(x) != Some("said")), "{:#?}", q.quotes);
    // (set off after its subject, it ends the content at its closing comma)
    assert_items(&[("Paul Brandt, having claimed that the toll was fair, voted against it.", &[("the toll was fair", "claimed"), ("it", "voted against")])]);
}

#[test]
fn a_relative_clause_after_one_and_its_noun_leaves_it_the_subject() {
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. One clerk, who left early, said the toll would rise.\n"));
    assert_sources(&sp, &q, &[("the toll would rise", "one clerk", SpeakerKind::Person)]);
}

#[test]
fn it_as_a_subject_holds_its_bodys_view() {
    let (sp, q) = run(&format!("{HEAD}The Harbour Board said the toll would rise. It plans to cut fares by a tenth, and it hopes to add a ferry, which it calls a priority.\n"));
    assert_sources(
        &sp,
        &q,
        &[("to cut fares", "Harbour Board", SpeakerKind::Organisation), ("to add a ferry", "Harbour Board", SpeakerKind::Organisation), ("a priority", "Harbour Board", SpeakerKind::Organisation)],
    );
    // (the body that opens the clause, not one inside what it said)
    let (sp, q) = run(&format!("{HEAD}The pilots' union said the ferry company had lied. It wants an apology.\n"));
    assert_sources(&sp, &q, &[("an apology", "union", SpeakerKind::Organisation)]);
    // (what a fact shows only a text's)
    let (sp, q) = run(&format!("{HEAD}The harbour audit was harsh. It shows that the dredging ran over budget.\n"));
    assert_sources(&sp, &q, &[("the dredging ran over budget", "audit", SpeakerKind::Document)]);
    // (not before what only seems, nor what a fact shows but a text's, nor in a
    // condition or a question, nor past a thing that opens a clause since)
    for text in [
        "The Harbour Board said the toll would rise. It appears that fares will fall.",
        "The Harbour Board said the toll would rise. It shows that the pier needs repairs.",
        "The Harbour Board said the toll would rise. If it wants riders back, it must cut fares.",
        "The Harbour Board said the toll would rise. Whether it plans to cut routes is unclear.",
        "The Harbour Board said the toll would rise. The old ferry leaks, but it hopes to sail on.",
        "The Harbour Board said the toll would rise. The bill is before the council. It calls for a cap on tolls.",
    ] {
        let (_, q) = run(&format!("{HEAD}{text}\n"));
        assert!(reported(&q).iter().filter(|x| cue(x) != Some("said")).all(|x| x.speaker.is_none()), "{text}: {:#?}", q.quotes);
    }
}

#[test]
fn names_joined_by_and_with_a_title_a_place_or_an_age_are_what_they_refers_to() {
    let (sp, q) = run(&format!(
        "{HEAD}The ferry plan split the town. Dana Ortiz and Captain Jake Morrow of Westport wrote to the board. They argued that the channel was silting up.\n\nLena Hart and 61-year-old Maria Lopez run the ferry office. They say the forms were lost.\n"
    ));
    assert_sources(
        &sp,
        &q,
        &[("the channel was silting up", "Dana Ortiz and Captain Jake Morrow", SpeakerKind::Group), ("the forms were lost", "Lena Hart and Maria Lopez", SpeakerKind::Group)],
    );
}

#[test]
fn a_span_of_time_between_a_plural_and_they_is_not_what_they_refers_to() {
    let (sp, q) = run(&format!("{HEAD}The town's riders waited for hours. They said the ferry was late.\n"));
    assert_sources(&sp, &q, &[("the ferry was late", "riders", SpeakerKind::Group)]);
}

#[test]
fn a_participle_after_a_conjunction_and_its_opener_is_the_main_subjects() {
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. Yet after praising the dredging plan at the pier, Paul Brandt voted against it. And while urging riders to stay calm, Maria Lopez left early.\n"));
    assert_sources(&sp, &q, &[("the dredging plan", "Paul Brandt", SpeakerKind::Person), ("riders to stay calm", "Maria Lopez", SpeakerKind::Person)]);
    // (the content ends at the fronted clause's comma)
    assert_contents(&q, &["riders to stay calm"]);
}

#[test]
fn the_subject_of_a_readiness_before_to_holds_the_view() {
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. Ferry pilots were quick to say the dredging had failed. The harbour board was quick to endorse the toll.\n"));
    assert_sources(&sp, &q, &[("the dredging had failed", "Ferry pilots", SpeakerKind::Group)]);
    let x = reported(&q).into_iter().find(|x| x.text.contains("the toll")).expect("an item on the toll");
    assert!(speaker_of(&sp, x).mentions.iter().any(|m| m.text == "The harbour board"), "{x:#?}");
}

#[test]
fn a_plural_and_its_phrase_of_place_before_the_verb_is_its_source() {
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. Pilots around the harbour argue that the pier is unsafe. Clerks throughout the county said the forms were late.\n"));
    assert_sources(
        &sp,
        &q,
        &[("the pier is unsafe", "Pilots around the harbour", SpeakerKind::Group), ("the forms were late", "Clerks throughout the county", SpeakerKind::Group)],
    );
}

#[test]
fn an_adverb_of_frequency_process_or_certainty_may_stand_before_the_verb() {
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. Pilots regularly complain about the toll. The harbour board formally rejected the plan. Clerks apparently believe the forms are lost.\n"));
    // (a hedge after `and` inside a reported clause goes on with that clause's subject)
    assert_contents(&run(&format!("{HEAD}Ann Cole said the ferry firm cut wages and allegedly fired two pilots.\n")).1, &["the ferry firm cut wages and allegedly fired two pilots"]);
    assert_sources(&sp, &q, &[("the toll", "Pilots", SpeakerKind::Group), ("the forms are lost", "Clerks", SpeakerKind::Group)]);
    let x = item(&q, "the plan");
    assert!(speaker_of(&sp, x).mentions.iter().any(|m| m.text == "The harbour board"), "{x:#?}");
}

#[test]
fn a_short_aside_between_a_plural_and_its_auxiliary_leaves_it_the_subject() {
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. Pilots, for their part, have long opposed the toll. The clerks, in particular, have argued that the forms were late.\n"));
    assert_sources(&sp, &q, &[("the toll", "Pilots", SpeakerKind::Group), ("the forms were late", "clerks", SpeakerKind::Group)]);
}

#[test]
fn a_readinesss_infinitive_of_speech_reports_itself_but_a_reluctance_or_a_denial_keeps_the_adjective() {
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. Ferry pilots are eager to say the dredging has failed.\n"));
    assert_sources(&sp, &q, &[("the dredging has failed", "Ferry pilots", SpeakerKind::Group)]);
    assert_eq!(cue(item(&q, "the dredging has failed")), Some("say"));
    // (what the subject was reluctant or not willing to do, it did not do: the cue keeps
    // the adjective, and its negation)
    assert_items(&[
        ("The harbour board was reluctant to endorse the toll.", &[("endorse the toll", "was reluctant to")]),
        ("The clerks were not willing to discuss the lost forms.", &[("discuss the lost forms", "were not willing to")]),
    ]);
}

#[test]
fn a_fronted_participles_subject_may_follow_its_role_in_lower_case() {
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. Shortly after praising the dredging, pier manager Lena Hart asked the board for more money.\n"));
    assert_sources(&sp, &q, &[("the dredging", "Lena Hart", SpeakerKind::Person)]);
}

#[test]
fn an_indefinite_pronoun_of_people_before_a_verb_of_speech_or_view_is_its_source() {
    let (sp, q) = run(&format!("{HEAD}Lee Moss spoke. Nobody believes the pier will open. No one knows what the toll will be. Everyone agrees that the ferry is late.\n"));
    assert_sources(
        &sp,
        &q,
        &[("the pier will open", "nobody", SpeakerKind::Group), ("what the toll will be", "no one", SpeakerKind::Group), ("the ferry is late", "everyone", SpeakerKind::Group)],
    );
    // (not as an object)
    let (sp, _) = run(&format!("{HEAD}Lee Moss told no one about the toll.\n"));
    assert!(sp.speakers.iter().all(|s| s.name != "no one"), "{:#?}", sp.speakers);
}

/// A verb of speech by its manner or its channel reports a `that` clause as `said` does
/// (`protested that`, `texted that`, `swore that`), and one that takes an addressee first
/// reports what comes after it (`implored the board to ...`: who is to act is part of
/// what is urged, as after `urged`; `reassured riders that ...`); with no `that` clause after it, none reports a plain object (`repeated the
/// claim`, `emailed two clerks for help`), and `advised` a client or `begged` the question
/// says nothing.
#[test]
fn a_verb_of_speech_by_its_manner_or_channel_reports_a_that_clause() {
    assert_items(&[
        ("Tom Reyes protested that the pier was closed.", &[("the pier was closed", "protested")]),
        ("Maria Lopez texted that the ferry was late.", &[("the ferry was late", "texted")]),
        ("Jake Morrow swore that he had paid the toll.", &[("he had paid the toll", "swore")]),
        ("Dana Ortiz confided that the clerks were tired.", &[("the clerks were tired", "confided")]),
        ("The harbour master repeated that the dredging would finish in May.", &[("the dredging would finish in May", "repeated")]),
        ("Paul Brandt implored the board to reopen the pier.", &[("the board to reopen the pier", "implored")]),
        ("Lena Hart reassured riders that the fares would not rise.", &[("the fares would not rise", "reassured riders")]),
        ("The reporter, who covered the harbour for years, repeated the claim.", &[]),
        ("In May, Ann Cole emailed two pier clerks for help with a permit.", &[]),
        ("Dana Ortiz advised the ferry firm on its sale to a rival.", &[]),
        ("The delays begged the question of who would pay.", &[]),
    ]);
}

/// A content with no verb in it is its verb's object (`claimed the prize`, `denied the
/// charge`), and an occasion of speech or a time after it sets the act, as after an
/// object: the content ends before it, and before a span of time that leads the time
/// (`a week after`). A clause keeps its own setting (`said she was misquoted in an
/// interview`), and a word of time with nothing after it is no time's opener
/// (`the figures from the year before`). `it` as the object ends before a phrase of
/// place or time as a name does (`criticized it at the pier`).
#[test]
fn a_bare_object_after_a_verb_of_speech_ends_before_the_occasion_or_the_time() {
    assert_items(&[
        ("Jake Morrow claimed the harbour prize at a news conference.", &[("the harbour prize", "claimed")]),
        ("Jake Morrow denied the charge in a statement.", &[("the charge", "denied")]),
        ("Paul Brandt announced his retirement in March 2019.", &[("his retirement", "announced")]),
        ("Dana Ortiz announced the pier's closure a week after the storm.", &[("the pier's closure", "announced")]),
        ("Ann Cole criticized it at the pier.", &[("it", "criticized")]),
        ("Lena Hart said she was misquoted in an interview.", &[("she was misquoted in an interview", "said")]),
        ("Maria Lopez said the toll in June would rise.", &[("the toll in June would rise", "said")]),
        ("The clerks noted the figures from the year before.", &[("the figures from the year before", "noted")]),
        // (a time is the object's own when the object is an event, when the verb looks
        // ahead, or when the object goes on after it)
        ("Dana Ortiz announced a vote in June.", &[("a vote in June", "announced")]),
        ("Paul Brandt predicted a surplus in 2026.", &[("a surplus in 2026", "predicted")]),
        ("Maria Lopez confirmed the talks on Monday with the pilots.", &[("the talks on Monday with the pilots", "confirmed")]),
        // (a place or an occasion after the date is the act's too)
        ("Maria Lopez denied the allegations on Monday in a statement.", &[("the allegations", "denied")]),
        ("Tom Reyes denied the claims on Monday at the pier.", &[("the claims", "denied")]),
        ("Dana Ortiz announced plans on Monday.", &[("plans", "announced")]),
    ]);
}

/// `answered that question in June`, `swore that oath in 1998`: a `that` before a
/// singular noun and a short phrase of a preposition or a time that ends the sentence,
/// with no verb, points at a thing and opens no clause; a `that` whose noun has a verb
/// after it, or a plural, or an aside before the verb, opens one.
#[test]
fn that_before_a_singular_noun_and_a_short_phrase_with_no_verb_opens_no_clause() {
    assert_items(&[
        ("Lena Hart answered that question in June.", &[]),
        ("Jake Morrow swore that oath in 1998.", &[]),
        ("Maria Lopez whispered that name to the clerk.", &[]),
        ("Ann Cole said that aid to the pilots helps.", &[("aid to the pilots helps", "said")]),
        ("Ann Cole said that voters in Eastvale want a new pier.", &[("voters in Eastvale want a new pier", "said")]),
        ("The audit found that use of the ferry fell by a third over the winter.", &[("use of the ferry fell by a third over the winter", "found")]),
        // (a `that` before a time is the time's, unless a verb follows the time)
        ("Jake Morrow said that morning that the ferry was late.", &[("the ferry was late", "said")]),
        ("Jake Morrow said that night the pier would close.", &[("the pier would close", "said")]),
    ]);
}

/// After an object and `and`, a past with a name for its object (`and handed Ann Cole a
/// petition`) or an `-ing` form of trying and its infinitive (`and trying to reach the
/// pilots`) is the subject's next act, and the object ends before it; an `-ing` form
/// after a determiner in the object is a noun's (`the dredging plan`), which leaves it no
/// list of acts. A list of acts the object opens with stays whole.
#[test]
fn a_past_with_a_name_or_an_attempt_after_an_objects_and_is_the_subjects_next_act() {
    assert_items(&[
        ("Tom Reyes criticized the toll and handed Ann Cole a petition.", &[("the toll", "criticized")]),
        ("Maria Lopez backed the dredging plan and trying to reach the pilots.", &[("the dredging plan", "backed")]),
        ("Maria Lopez backed the dredging plan and touring the pier.", &[("the dredging plan", "backed")]),
        ("Maria Lopez opposed raising fares and trying to cut the service.", &[("raising fares and trying to cut the service", "opposed")]),
        ("Ann Cole praised the crews and Tom Reyes for the rescue.", &[("the crews and Tom Reyes for the rescue", "praised")]),
    ]);
}

/// A share of people with a comparison or an adverb of amount before it is the group
/// that speaks, named whole: `More than half`, `Less than a third`, `About a third`,
/// `More than 60 percent`, `Nearly 60 percent`, `At least half`, `Well over half`, `Only a
/// third`; not a share that is the object of a verb (`won over half of the vote`).
#[test]
fn a_share_with_a_comparison_or_an_adverb_before_it_is_a_group() {
    let (sp, q) = run(&format!(
        "{HEAD}Less than a third believe that the toll is fair. More than half said the ferry was late. About a third said the pier was unsafe. More than 60 percent said the fares were too high. Nearly 60 percent said the clerks were helpful.\n"
    ));
    assert_sources(
        &sp,
        &q,
        &[
            ("the toll is fair", "Less than a third", SpeakerKind::Group),
            ("the ferry was late", "More than half", SpeakerKind::Group),
            ("the pier was unsafe", "About a third", SpeakerKind::Group),
            ("the fares were too high", "More than 60 percent", SpeakerKind::Group),
            ("the clerks were helpful", "Nearly 60 percent", SpeakerKind::Group),
        ],
    );
    let (sp, q) = run(&format!("{HEAD}At least half said the ferry was late. Well over half said the pier was unsafe. Only a third said the toll was fair.\n\nAnn Cole won over half of the vote, officials said.\n"));
    assert_sources(
        &sp,
        &q,
        &[
            ("the ferry was late", "At least half", SpeakerKind::Group),
            ("the pier was unsafe", "Well over half", SpeakerKind::Group),
            ("the toll was fair", "Only a third", SpeakerKind::Group),
            ("Ann Cole won", "officials", SpeakerKind::Group),
        ],
    );
}

/// An adverb in `-ly` between `it` or `they` and its verb of speech leaves the pronoun
/// the subject (`It angrily insisted`, `They quickly agreed`): after a pronoun no object
/// can end in a manner's adverb, so any adverb in `-ly` stands there; not a noun or an
/// adjective in `-ly`, nor an adverb that says the act did not happen (`They nearly
/// said`).
#[test]
fn an_adverb_in_ly_after_it_or_they_leaves_the_pronoun_the_subject() {
    let (sp, q) = run(&format!("{HEAD}The Harbour Board met on Monday. It angrily insisted that the pier was closed.\n\nThe pilots met on Monday. They quickly agreed that the toll was unfair.\n"));
    assert_eq!(speaker_of(&sp, item(&q, "the pier was closed")).name, "Harbour Board");
    assert_eq!(speaker_of(&sp, item(&q, "the toll was unfair")).kind, SpeakerKind::Group);
    let (_, q) = run(&format!("{HEAD}The pilots met on Monday. They nearly said that the channel was unsafe.\n"));
    assert_eq!(item(&q, "the channel was unsafe").speaker, None);
}
