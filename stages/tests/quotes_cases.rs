//! The hard cases of issue 4 for the quotes stage, one test each, on hand-written text.

use stages::contract::{Damage, DamageKind, NotQuoteKind, Quote, QuoteKind, Quotes, Speakers};
use stages::segment::segment;
use stages::speakers::speakers;
use stages::{quotes, Span};

fn run(text: &str) -> (Speakers, Quotes) {
    let seg = segment(text);
    let sp = speakers(text, &seg);
    let q = quotes::quotes(text, &seg, &sp);
    for quote in &q.quotes {
        assert_eq!(quote.span.slice(text), Some(quote.text.as_str()), "span and text agree");
    }
    (sp, q)
}

/// The quote whose text starts with `prefix`.
fn quote<'a>(q: &'a Quotes, prefix: &str) -> &'a Quote {
    q.quotes.iter().find(|x| x.text.starts_with(prefix)).unwrap_or_else(|| panic!("no quote starting {prefix:?} in {:#?}", q.quotes))
}

fn speaker<'a>(q: &'a Quotes, prefix: &str) -> Option<&'a str> {
    quote(q, prefix).speaker.as_deref()
}

/// The texts of the items in quote marks (direct and mixed): these cases are about
/// quote marks; reported speech has its own cases (`reported_cases.rs`).
fn texts(q: &Quotes) -> Vec<&str> {
    q.quotes.iter().filter(|x| x.kind != QuoteKind::Indirect).map(|x| x.text.as_str()).collect()
}

const HEAD: &str = "Harbour Town Votes On The New Bridge\n\n";

#[test]
fn straight_and_curly_marks_are_both_quotes() {
    let text = format!("{HEAD}\"We will build it this year,\" Maria Lopez said.\n\n“The money is already there,” Lopez added.\n");
    let (_, q) = run(&text);
    assert_eq!(texts(&q), ["We will build it this year,", "The money is already there,"]);
    assert_eq!(speaker(&q, "We will"), Some("maria-lopez"));
    assert_eq!(speaker(&q, "The money"), Some("maria-lopez"));
}

#[test]
fn quote_span_excludes_the_marks() {
    let text = format!("{HEAD}Maria Lopez said: “It opens in May.”\n");
    let (_, q) = run(&text);
    let x = quote(&q, "It opens");
    assert_eq!(x.text, "It opens in May.");
    assert_eq!(&text[x.span.start() - "“".len()..x.span.start()], "“");
}

#[test]
fn single_quotes_inside_double_quotes_stay_inside() {
    let text = format!("{HEAD}“They told me, ‘Wait until spring,’ and I waited,” Maria Lopez said.\n");
    let (_, q) = run(&text);
    assert_eq!(texts(&q), ["They told me, ‘Wait until spring,’ and I waited,"]);
}

#[test]
fn apostrophes_are_not_quote_marks() {
    let text = format!("{HEAD}“It’s the Jones' bridge and it's ours,” Maria Lopez said. The mayor’s office didn’t comment.\n");
    let (_, q) = run(&text);
    assert_eq!(texts(&q), ["It’s the Jones' bridge and it's ours,"]);
}

#[test]
fn guillemets_delimit_quotes() {
    let text = format!("{HEAD}«We are ready for the vote,» Maria Lopez said.\n");
    let (_, q) = run(&text);
    assert_eq!(texts(&q), ["We are ready for the vote,"]);
    assert_eq!(speaker(&q, "We are"), Some("maria-lopez"));
}

#[test]
fn two_apostrophes_delimit_quotes() {
    let text = format!("{HEAD}''We are ready for the vote,'' Maria Lopez said.\n");
    let (_, q) = run(&text);
    assert_eq!(texts(&q), ["We are ready for the vote,"]);
}

#[test]
fn stray_quote_mark_in_000_recovers_locally() {
    // the pattern of seed 000: an opening mark where the previous quote never closed
    let text = format!(
        "{HEAD}\"The river is high,\" Maria Lopez explained. \"We wait for summer. \"Then we pour the concrete and open the road.\" (The council met in June.)\n\n\"Nobody wants a second delay,\" Lopez said.\n"
    );
    let (_, q) = run(&text);
    assert_eq!(
        texts(&q),
        ["The river is high,", "We wait for summer.", "Then we pour the concrete and open the road.", "Nobody wants a second delay,"]
    );
    assert!(q.quotes.iter().all(|x| x.speaker.as_deref() == Some("maria-lopez")));
    assert!(quote(&q, "We wait").rule.as_deref().unwrap_or("").contains("missing-closing-mark"));
}

#[test]
fn missing_closing_mark_ends_with_its_paragraph() {
    let text = format!("{HEAD}Maria Lopez said: \"The bridge will open in May and the road in June\n\n\"It is a good plan,\" Tom Baker said.\n");
    let (_, q) = run(&text);
    assert_eq!(texts(&q), ["The bridge will open in May and the road in June", "It is a good plan,"]);
    assert_eq!(speaker(&q, "It is"), Some("tom-baker"));
}

#[test]
fn mojibake_quote_marks_are_not_quotes() {
    // `πŸ“΅` is an emoji decoded wrongly; it holds a `“` that is no quote mark
    let text = format!("{HEAD}Maria Lopez posted a picture of the river πŸ“΅πŸ“΅ and nothing else.\n\n“We will be fine,” she said.\n");
    let (_, q) = run(&text);
    assert_eq!(texts(&q), ["We will be fine,"]);
}

#[test]
fn marks_inside_damage_spans_are_ignored() {
    // whatever the segmenter finds, a mark inside a damage span is not a mark
    let text = "Lopez said x“y and “We will be fine,” she said.\n";
    let mut seg = segment(text);
    let at = text.find("x“y").unwrap_or(0);
    seg.damage = vec![Damage {
        span: Span::new(at, at + "x“y".len()).unwrap_or_else(|| panic!("ordered")),
        text: "x“y".into(),
        kind: DamageKind::Mojibake,
        suggestion: "?".into(),
    }];
    let sp = speakers(text, &seg);
    let q = quotes::quotes(text, &seg, &sp);
    assert_eq!(texts(&q), ["We will be fine,"]);
}

#[test]
fn partial_quote_inside_a_sentence_is_a_mixed_item() {
    let text = format!("{HEAD}Maria Lopez explained that she and the council \"never argued about money\" and that the delay was technical.\n");
    let (_, q) = run(&text);
    // one item: the reported content, with the quoted words inside it
    let x = quote(&q, "she and the council");
    assert_eq!(x.kind, QuoteKind::Mixed);
    assert_eq!(x.text, "she and the council \"never argued about money\" and that the delay was technical");
    let quoted: Vec<&str> = x.quoted.iter().filter_map(|s| s.slice(&text)).collect();
    assert_eq!(quoted, ["never argued about money"]);
    assert_eq!(x.speaker.as_deref(), Some("maria-lopez"));
    assert_eq!(x.cue.as_ref().map(|c| c.text.as_str()), Some("explained"));
    assert!(!q.quotes.iter().any(|y| y.text == "never argued about money"), "the quoted words are not an item of their own");
}

#[test]
fn woven_quote_without_reported_content_is_mixed_with_its_own_words() {
    // no reporting verb governs it: the quote is woven into the writer's sentence
    let text = format!("{HEAD}The bridge was, in the mayor's words, a \"gift to the harbour\" for years.\n");
    let (_, q) = run(&text);
    let x = quote(&q, "gift to the harbour");
    assert_eq!(x.kind, QuoteKind::Mixed);
    assert_eq!(x.quoted, [x.span]);
}

#[test]
fn titles_and_slogans_are_not_quotes() {
    let text = format!("{HEAD}Tom Baker and Maria Lopez wrote hits like “Number One” and “River Song.” Baker wore a “Build The Bridge Now” hat at the vote.\n");
    let (_, q) = run(&text);
    assert!(q.quotes.is_empty(), "{:?}", texts(&q));
    let kinds: Vec<_> = q.not_quotes.iter().map(|n| (n.text.as_str(), n.kind)).collect();
    assert_eq!(kinds, [("Number One", NotQuoteKind::Title), ("River Song.", NotQuoteKind::Title), ("Build The Bridge Now", NotQuoteKind::Title)]);
}

#[test]
fn scare_quotes_are_not_quotes() {
    let text = format!("{HEAD}The so-called “compromise” was debated for hours at the council.\n");
    let (_, q) = run(&text);
    assert!(q.quotes.is_empty(), "{:?}", texts(&q));
    assert_eq!(q.not_quotes.len(), 1);
    assert_eq!(q.not_quotes[0].kind, NotQuoteKind::Scare);
}

#[test]
fn multi_paragraph_quote_is_one_quote() {
    let text = format!(
        "{HEAD}Maria Lopez read her statement to the council:\n\n“We have waited long enough for this bridge.\n\n“The money is there and the plans are ready.\n\n“Let us vote tonight.”\n\nThe vote was delayed.\n"
    );
    let (_, q) = run(&text);
    assert_eq!(q.quotes.len(), 1, "{:?}", texts(&q));
    let x = &q.quotes[0];
    assert!(x.text.starts_with("We have waited") && x.text.ends_with("Let us vote tonight."));
    assert_eq!(x.speaker.as_deref(), Some("maria-lopez"));
}

#[test]
fn cue_after_the_quote_with_the_verb_after_the_name() {
    let text = format!("{HEAD}“The bridge is safe,” Maria Lopez insisted.\n");
    let (_, q) = run(&text);
    let x = quote(&q, "The bridge");
    assert_eq!(x.speaker.as_deref(), Some("maria-lopez"));
    assert_eq!(x.cue.as_ref().map(|c| c.text.as_str()), Some("Maria Lopez insisted"));
    assert_eq!(x.rule.as_deref(), Some("cue-after"));
    assert!(x.confidence.unwrap_or(0.0) > 0.9);
}

#[test]
fn cue_after_the_quote_with_the_verb_before_the_name() {
    let text = format!("{HEAD}“The bridge is safe,” said Maria Lopez, the city engineer.\n");
    let (_, q) = run(&text);
    assert_eq!(speaker(&q, "The bridge"), Some("maria-lopez"));
}

#[test]
fn cue_in_the_middle_attributes_both_halves() {
    let text = format!("{HEAD}“The bridge is safe,” Maria Lopez explained. “The tests are done and the cables are new.”\n");
    let (_, q) = run(&text);
    assert_eq!(speaker(&q, "The bridge"), Some("maria-lopez"));
    assert_eq!(speaker(&q, "The tests"), Some("maria-lopez"));
}

#[test]
fn colon_cue_attributes_the_quote_after_it() {
    let text = format!("{HEAD}Tom Baker spoke first. Maria Lopez continued: “The cables are new and the tests are done.”\n");
    let (_, q) = run(&text);
    let x = quote(&q, "The cables");
    assert_eq!(x.speaker.as_deref(), Some("maria-lopez"));
    assert_eq!(x.cue.as_ref().map(|c| c.text.as_str()), Some("Maria Lopez continued"));
}

#[test]
fn colon_cue_attributes_the_next_paragraph() {
    let text = format!("{HEAD}Tom Baker spoke first. Then Maria Lopez wrote on her blog:\n\n“The cables are new and the tests are done.”\n");
    let (_, q) = run(&text);
    let x = quote(&q, "The cables");
    assert_eq!(x.speaker.as_deref(), Some("maria-lopez"));
    assert_eq!(x.rule.as_deref(), Some("colon-intro"));
}

#[test]
fn pronoun_cue_resolves_to_last_named_person() {
    let text = format!("{HEAD}Maria Lopez met Tom Baker at the river on Monday.\n\n“The cables are new,” she said. “It is safe,” he replied.\n");
    let (_, q) = run(&text);
    assert_eq!(speaker(&q, "The cables"), Some("maria-lopez"));
    assert_eq!(speaker(&q, "It is safe"), Some("tom-baker"));
}

#[test]
fn pronoun_cue_skips_the_object_of_a_preposition() {
    let text = format!("{HEAD}After a long talk with Tom Baker, Maria Lopez left the room.\n\n“We are done for today,” she said.\n\nKevin Hart waited outside with Maria Lopez. Then Tom Baker arrived.\n\n“I am late,” he said.\n");
    let (_, q) = run(&text);
    assert_eq!(speaker(&q, "We are done"), Some("maria-lopez"));
    assert_eq!(speaker(&q, "I am late"), Some("tom-baker"));
}

#[test]
fn according_to_names_the_speaker() {
    // (the quote is woven into what `according to` reports: one mixed item, hers)
    let text = format!("{HEAD}The bridge will be “the longest in the state by far,” according to Maria Lopez.\n");
    let (_, q) = run(&text);
    let x = quote(&q, "The bridge will be");
    assert_eq!(x.kind, QuoteKind::Mixed);
    assert_eq!(x.speaker.as_deref(), Some("maria-lopez"));
    assert_eq!(x.cue.as_ref().map(|c| c.text.as_str()), Some("according to"));
}

#[test]
fn text_and_tweet_cues_belong_to_their_author() {
    let text = format!(
        "{HEAD}Tom Baker later shared a text message from Maria Lopez about the vote.\n\n“Please come early tomorrow,” the text read.\n\nBaker also posted on Twitter on Tuesday.\n\n“The vote is on,” he wrote. “Bring your neighbours,” the tweet continued.\n"
    );
    let (_, q) = run(&text);
    assert_eq!(speaker(&q, "Please come"), Some("maria-lopez"));
    assert_eq!(speaker(&q, "The vote is on"), Some("tom-baker"));
    assert_eq!(speaker(&q, "Bring your"), Some("tom-baker"));
}

#[test]
fn quote_paragraph_without_cue_takes_speaker_named_before() {
    let text = format!("{HEAD}Maria Lopez told the Harbour Gazette that the council had waited too long.\n\n“We lost two years to paperwork. Nobody wants that again.”\n");
    let (_, q) = run(&text);
    let x = quote(&q, "We lost");
    assert_eq!(x.speaker.as_deref(), Some("maria-lopez"));
    assert_eq!(x.rule.as_deref(), Some("cue-in-previous-paragraph"));
}

#[test]
fn quote_paragraph_after_caption_and_credit_takes_speaker_named_before() {
    // the pattern of seed 002: a caption and a photo credit sit between the intro and
    // the quote, and they name someone else
    let text = format!(
        "{HEAD}Maria Lopez wrote on her blog:\n\nTom Baker and Kevin Hart at the river\nTom Baker | Getty Images\n\n“The cables are new and the tests are done.”\n"
    );
    let (_, q) = run(&text);
    assert_eq!(speaker(&q, "The cables"), Some("maria-lopez"));
}

#[test]
fn addressee_is_not_the_speaker() {
    let text = format!("{HEAD}“We grew up on this river,” Maria Lopez told Kevin Hart at the festival.\n");
    let (_, q) = run(&text);
    let x = quote(&q, "We grew up");
    assert_eq!(x.speaker.as_deref(), Some("maria-lopez"));
    assert_eq!(x.cue.as_ref().map(|c| c.text.as_str()), Some("Maria Lopez told"));
}

#[test]
fn unnamed_speaker_keeps_its_description() {
    let text = format!("{HEAD}“The council never listens,” a local fisherman said on Monday.\n");
    let (sp, q) = run(&text);
    let x = quote(&q, "The council");
    // no list of roles names a fisherman: the cue is kept, the speaker is not invented
    assert!(x.cue.is_some());
    if let Some(id) = &x.speaker {
        assert!(sp.speakers.iter().any(|s| &s.id == id));
    }
    let text = format!("{HEAD}“The council never listens,” a city official said on Monday.\n");
    let (sp, q) = run(&text);
    let id = speaker(&q, "The council").unwrap_or_else(|| panic!("a described speaker"));
    let s = sp.speakers.iter().find(|s| s.id == id).unwrap_or_else(|| panic!("speaker exists"));
    assert_eq!(s.name, "a city official");
}

#[test]
fn every_quote_carries_a_rule_and_a_confidence() {
    let text = format!("{HEAD}“The bridge is safe,” Maria Lopez said.\n\n“It rained all week.”\n");
    let (_, q) = run(&text);
    for x in &q.quotes {
        assert!(x.rule.is_some());
        let c = x.confidence.unwrap_or(-1.0);
        assert!((0.0..=1.0).contains(&c));
    }
}

/// A quote's sentence is the segment stage's: a quote that opens its own sentence does
/// not take the cue of the sentence before (only, weakly, its subject). A prose
/// paragraph without sentences (only a hand edit makes one) is one sentence.
#[test]
fn sentences_come_from_segments_and_a_paragraph_without_any_is_one() {
    let text = format!("{HEAD}Maria Lopez said it twice. “We will build it this year.”\n");
    let seg = segment(&text);
    let sp = speakers(&text, &seg);
    let q = quotes::quotes(&text, &seg, &sp);
    let x = quote(&q, "We will");
    assert_eq!((x.kind, x.cue.as_ref(), x.rule.as_deref()), (QuoteKind::Direct, None, Some("previous-sentence-subject")));

    let mut unsplit = seg.clone();
    for p in &mut unsplit.paragraphs {
        p.sentences.clear();
    }
    let q = quotes::quotes(&text, &unsplit, &sp);
    // read as one sentence, the quote is the quoted part of what Lopez said
    let x = q.quotes.iter().find(|x| x.text.contains("We will build")).expect("an item holds the quote");
    assert_eq!(x.speaker.as_deref(), Some("maria-lopez"));
    assert_eq!(x.quoted.iter().filter_map(|r| r.slice(&text)).collect::<Vec<_>>(), ["We will build it this year."]);
}

// Attribution forms of direct quotes (issue 11), one test a category.

/// The name of the speaker a quote was given to.
fn speaker_name(sp: &Speakers, q: &Quotes, prefix: &str) -> Option<String> {
    let id = speaker(q, prefix)?;
    sp.speakers.iter().find(|s| s.id == id).map(|s| s.name.clone())
}

#[test]
fn inverted_cue_with_a_title_or_role_before_the_name() {
    let text = format!("{HEAD}Tom Reyes spoke at the pier on Monday.\n\n“We will win this county,” said Reyes campaign manager Corey Lane.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "We will win").as_deref(), Some("Corey Lane"));
    let text = format!("{HEAD}“The drawings came first,” says Bristol cartoonist Ann Carter.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "The drawings").as_deref(), Some("Ann Carter"));
    let text = format!("{HEAD}“The bill is dead,” said Sen. Tom Becker.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "The bill").as_deref(), Some("Tom Becker"));
}

#[test]
fn apposition_past_the_cue_window() {
    let text = format!("{HEAD}Maria Lopez opened the meeting.\n\n“The numbers do not add up for the harbour,” Tom Reyes, director of a policy centre at a university in the north, said.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "The numbers").as_deref(), Some("Tom Reyes"));
}

#[test]
fn dash_attribution() {
    let text = format!("{HEAD}Maria Lopez opened the meeting.\n\n“Bridges are how towns talk to each other.” ― Dana Ortiz\n\n“Build it and they will cross.” — Dana Ortiz, mayor\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "Bridges are").as_deref(), Some("Dana Ortiz"));
    assert_eq!(speaker_name(&sp, &q, "Build it").as_deref(), Some("Dana Ortiz"));
}

#[test]
fn colon_introduction_in_prose() {
    let text = format!("{HEAD}Dana Ortiz has fought for the bridge for years. Ortiz put it this way: “A town without a bridge is two towns.”\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "A town").as_deref(), Some("Dana Ortiz"));
    let text = format!("{HEAD}Dana Ortiz has fought for the bridge for years. Her message to the council was simple:\n\n“A town without a bridge is two towns.”\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "A town").as_deref(), Some("Dana Ortiz"));
}

#[test]
fn cue_verbs_missing_from_the_table() {
    for verb in ["notes", "remarks", "remarked", "likened", "reported", "alleges", "alleged", "reads", "recommended", "insists"] {
        let text = format!("{HEAD}“The tide decides when we build,” Dana Ortiz {verb}.\n");
        let (sp, q) = run(&text);
        assert_eq!(speaker_name(&sp, &q, "The tide").as_deref(), Some("Dana Ortiz"), "{verb}");
    }
}

#[test]
fn possessive_before_the_speaker() {
    let text = format!("{HEAD}Ann Carter draws the town every week.\n\n“She never stops,” says Carter’s partner, Lee Moss.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "She never").as_deref(), Some("Lee Moss"));
}

#[test]
fn pronoun_cue_never_resolves_to_the_byline() {
    let text = format!("{HEAD}By Sarah Quinn\n\nThe council met on Monday.\n\n“We are out of money,” she said.\n");
    let (sp, q) = run(&text);
    assert_ne!(speaker_name(&sp, &q, "We are out").as_deref(), Some("Sarah Quinn"));
}

#[test]
fn pronoun_cue_prefers_a_compatible_gender() {
    let text = format!("{HEAD}Maria Lopez chairs the bridge committee. Its report was written by Tom Baker, who spent a year on it.\n\n“We read every page,” she said.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "We read").as_deref(), Some("Maria Lopez"));
}

#[test]
fn organisation_cue_attributes_to_the_entity() {
    let text = format!("{HEAD}“The bridge is a priority for the president,” the White House said in a statement.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "The bridge is").as_deref(), Some("White House"));
}

#[test]
fn pronoun_cue_never_resolves_to_a_photo_credit() {
    let text = format!("{HEAD}Maria Lopez runs the shelter by the bridge.\n\nThe shelter opened in May. (Sarah Quinn/Harbour Gazette)\n\n“We are full every night,” she said.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "We are full").as_deref(), Some("Maria Lopez"));
}

#[test]
fn participle_cue_after_an_earlier_quote_takes_its_speaker() {
    let text = format!("{HEAD}“The bridge is safe,” Maria Lopez said on Monday, adding, “The tests are done.”\n\nTom Baker called the plan a “huge mistake,” adding: “Nobody asked the fishermen.”\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "The tests").as_deref(), Some("Maria Lopez"));
    assert_eq!(speaker_name(&sp, &q, "Nobody asked").as_deref(), Some("Tom Baker"));
}

#[test]
fn phrasal_cue_verbs() {
    let text = format!("{HEAD}Tom Baker criticised the plan. Maria Lopez shot back, “The plan is fine.”\n\n“Nobody reads the reports,” Lopez pointed out.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "The plan is").as_deref(), Some("Maria Lopez"));
    assert_eq!(speaker_name(&sp, &q, "Nobody reads").as_deref(), Some("Maria Lopez"));
}

#[test]
fn passive_cue_gives_the_quote_to_the_agent_not_the_subject() {
    let text = format!("{HEAD}Maria Lopez was asked by host Tom Baker, “Will the bridge open in May?”\n\nLater Lopez was asked, “What about the ferry?”\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "Will the bridge").as_deref(), Some("Tom Baker"));
    assert_ne!(speaker_name(&sp, &q, "What about").as_deref(), Some("Maria Lopez"));
}

#[test]
fn inverted_cue_never_takes_the_object_of_a_preposition() {
    let text = format!("{HEAD}Maria Lopez praised Tom Baker on Monday.\n\n“He is a fine engineer,” a neighbour said of Mr. Baker.\n");
    let (sp, q) = run(&text);
    assert_ne!(speaker_name(&sp, &q, "He is a fine").as_deref(), Some("Tom Baker"));
}

#[test]
fn colon_introduction_without_a_verb() {
    let text = format!("{HEAD}Dana Ortiz has run the town for a decade.\n\nHere is Ortiz in May 2019: “A town without a bridge is two towns.”\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "A town").as_deref(), Some("Dana Ortiz"));
}

#[test]
fn clause_between_subject_and_verb_is_skipped() {
    let text = format!("{HEAD}Maria Lopez, who called Tom Baker shortly after the vote, told her staff, “We did it.”\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "We did it").as_deref(), Some("Maria Lopez"));
}

#[test]
fn participle_takes_the_subject_of_the_finite_verb_or_a_name_that_is_no_object() {
    let text = format!("{HEAD}Tom Baker and the council will vote in June, Maria Lopez said, adding, “They should settle the toll first.”\n\nAt the debate, Dana Ortiz compared herself to Maria Lopez, saying, “I build bridges.”\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "They should").as_deref(), Some("Maria Lopez"));
    assert_eq!(speaker_name(&sp, &q, "I build").as_deref(), Some("Dana Ortiz"));
}

#[test]
fn quote_after_an_unnamed_cue_does_not_reach_back_to_an_older_speaker() {
    let text = format!("{HEAD}Maria Lopez spoke first. “The bridge is safe,” she said.\n\n“We were never asked,” a local fisherman said. “Nobody came to the harbour.”\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "The bridge").as_deref(), Some("Maria Lopez"));
    assert_ne!(speaker_name(&sp, &q, "Nobody came").as_deref(), Some("Maria Lopez"));
}

#[test]
fn apposition_with_an_abbreviation_past_the_cue_window() {
    let text = format!("{HEAD}“The water came up in an hour,” Tom Reyes, now 74 and living in Millbrook, Mass., said by phone on Friday.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "The water came").as_deref(), Some("Tom Reyes"));
}

#[test]
fn apposition_with_a_former_title_and_a_complement_after_the_verb() {
    let text = format!("{HEAD}Lee Moss opened the meeting.\n\n“The port will need ten more years of work,” Tom Reyes, a former harbour safety adviser to three mayors, said on Harbour Talk in late March.\n\n“The money is there,” Dana Ortiz, a lead strategist for the ferry union, said in a statement.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "The port").as_deref(), Some("Tom Reyes"));
    assert_eq!(speaker_name(&sp, &q, "The money").as_deref(), Some("Dana Ortiz"));
    // the speaker and the apposition are not reported content of their own
    assert!(
        q.quotes.iter().all(|x| !x.text.starts_with("Tom Reyes") && !x.text.starts_with("Dana Ortiz")),
        "a speaker's apposition taken for content: {:#?}",
        q.quotes
    );
}

#[test]
fn a_quote_opening_a_sentence_mid_paragraph_is_the_previous_sentences_subject() {
    let text = "Harbour Town Votes\n\nVoters turned out early. Sam Ortiz calls himself the most careful spender on the board. \u{201c}Why would I waste money on a second ferry?\u{201d} He now calls the vote a costly error.\n";
    let (_, q) = run(text);
    assert_eq!(speaker(&q, "Why would"), Some("sam-ortiz"));
    assert_eq!(quote(&q, "Why would").rule.as_deref(), Some("previous-sentence-subject"));
}

#[test]
fn a_quote_inside_a_sentence_does_not_take_the_previous_sentences_subject() {
    let text = "Harbour Town Votes\n\nSam Ortiz voted for the letter. The council called it a \u{201c}costly error\u{201d} in a statement.\n";
    let (_, q) = run(text);
    let costly: Vec<&Quote> = q.quotes.iter().filter(|x| x.text.contains("costly")).collect();
    assert!(!costly.is_empty() && costly.iter().all(|x| x.speaker.as_deref() != Some("sam-ortiz")), "{:#?}", q.quotes);
}

/// `Maria Lopez, the council's leader, called the collapse an “act of neglect” and an “act
/// of folly”`, after a paragraph quoting someone else: the words quoted inside the
/// writer's sentence are its subject's, not the last speaker's.
#[test]
fn words_quoted_inside_a_sentence_are_its_subjects() {
    let text = format!(
        "{HEAD}“We are going to be tough on this,” Tom Reyes said in a statement.\n\nMaria Lopez, the council's leader, called the collapse in Harbour Town, Ont., an “act of neglect” and an “act of folly” on Monday.\n"
    );
    let (_, q) = run(&text);
    for words in ["act of neglect", "act of folly"] {
        let item = q.quotes.iter().find(|x| x.text.contains(words)).unwrap_or_else(|| panic!("no item with {words:?} in {:#?}", q.quotes));
        assert_eq!(item.speaker.as_deref(), Some("maria-lopez"), "{item:#?}");
    }
}

#[test]
fn a_relative_who_in_the_previous_paragraph_does_not_take_a_lone_quote() {
    // the paragraph before names Tom Baker after the group's `who` and has no cue: the
    // lone quote is the person's named there, not the relative's
    let text = format!("{HEAD}The toll falls on riders who opposed it for years, like Tom Baker.\n\n“It is cruel.”\n");
    let (sp, q) = run(&text);
    assert!(sp.speakers.iter().any(|s| s.name == "riders"), "the group is a speaker: {:?}", sp.speakers);
    assert_eq!(speaker(&q, "It is cruel"), Some("tom-baker"));
}

#[test]
fn apposition_after_a_titled_name_past_the_cue_window() {
    // the name after the quote opens with titles (`Mr.`, `Representative`) and carries
    // a middle initial and a suffix's period before the apposition's comma
    let text = format!(
        "{HEAD}Maria Lopez opened the meeting.\n\n“The water came up in an hour,” Mr. Reyes, now 74 and living in Harbour Town, said by phone on Friday.\n\n“The toll is only a way to fund the ferry,” Representative Paul T. Brandt, Republican of Harbour County, said of the plan.\n\n“It is a plan to win votes,” Victor B. Mendes Jr., the director of the harbour board, said at a meeting.\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "The water came").as_deref(), Some("Reyes"));
    assert_eq!(speaker_name(&sp, &q, "The toll is only").as_deref(), Some("Paul T. Brandt"));
    assert_eq!(speaker_name(&sp, &q, "It is a plan").as_deref(), Some("Victor B. Mendes Jr"));
}

#[test]
fn subject_before_a_clause_and_an_auxiliary_with_an_abbreviation_inside() {
    // `Mr. Reyes, asked about ... under Mr. Ortiz, had said,`: the clause set off by commas
    // holds an abbreviation's period and an auxiliary stands before the verb
    let text = format!("{HEAD}The topic came up after Mr. Reyes, asked about the closure of schools under Mr. Ortiz, had said, “I think our council made plenty of mistakes too.”\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "I think our council").as_deref(), Some("Reyes"));
}

#[test]
fn a_verb_joined_after_the_quote_is_not_its_cue() {
    // `Reyes wrote to his followers, “...,” and shared a photo`: the cue is before the
    // quote; `and shared` goes on with the same subject
    let text = format!("{HEAD}Right after the meeting, Reyes wrote to his 3,000 Facebook followers, “The council has lost my trust,” and shared a photo of the pier.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "The council has").as_deref(), Some("Reyes"));
}

#[test]
fn a_participle_cue_does_not_follow_a_guessed_speaker() {
    // the first quote of the sentence has no cue of its own and is only guessed to be the
    // last paragraph's speaker; the participle's subject is the sentence's own
    let text = format!(
        "{HEAD}“Be kind to each other,” Tom Reyes said years ago.\n\nHarbour News and former TV weather anchor Maria Lopez has promoted a patient approach in her talks, advising students in 2009 to “join the two-P club: patience and practice,” and telling the class of 2016, “If you skip the small steps, you will miss the big ones.”\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "If you skip").as_deref(), Some("Maria Lopez"));
}

#[test]
fn a_role_before_the_name_past_the_cue_window() {
    // `“...,” the economist Tom Reyes, a former adviser ..., wrote on his blog`
    let text = format!("{HEAD}Maria Lopez opened the meeting.\n\n“We may at last be seeing some rent relief,” the economist Tom Reyes, a former adviser at the harbour board, wrote on his blog.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "We may at last").as_deref(), Some("Tom Reyes"));
}

#[test]
fn a_quote_after_a_sentence_ending_on_its_verb_of_speech() {
    // the subject of the verb that ends the sentence before, not the sentence's first name
    let text = format!(
        "{HEAD}“The bridge is late,” said Lee Moss, editor of the Harbour Post.\n\nHarbour State University's Dana Ortiz agreed. “The town cannot wait much longer.”\n\nOr maybe Ann Cole, budget consultant Tom Reyes says. “Two recent polls show a late swing.”\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "The town cannot").as_deref(), Some("Dana Ortiz"));
    assert_eq!(speaker_name(&sp, &q, "Two recent polls").as_deref(), Some("Tom Reyes"));
}

#[test]
fn a_question_pressed_and_a_view_as_someone_puts_it() {
    let text = format!(
        "{HEAD}“We will finish it,” Maria Lopez said on the show Tom Reyes hosts.\n\n“Would it be up for a vote?” Reyes pressed. “Maybe part of it?”\n\nAs the Harbour Post's Dana Ortiz puts it, “The council is tired, and the riders are angry.”\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "Would it be").as_deref(), Some("Tom Reyes"));
    assert_eq!(speaker_name(&sp, &q, "The council is").as_deref(), Some("Dana Ortiz"));
}

#[test]
fn inverted_cue_with_titles_joined_by_and() {
    let text = format!("{HEAD}“He is playing the same part,” said former Harbour County Gov. and Harbour Party Chairman Tom Reyes.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "He is playing").as_deref(), Some("Tom Reyes"));
}

#[test]
fn a_clause_on_its_named_subject_introduces_the_quote_with_a_colon() {
    // no verb of speech: `delivered a stern message to Reyes:` introduces the quote,
    // whose speaker is the clause's subject, not the person named after it
    let text = format!("{HEAD}“We will finish it,” Lee Moss said.\n\nCouncil Majority Leader Maria Lopez, D-Harbour, delivered a stern message to Tom Reyes: “Stop blaming the ferry pilots for the delay.”\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "Stop blaming").as_deref(), Some("Maria Lopez"));
}

#[test]
fn inverted_cue_before_the_quote_after_a_comma() {
    // `Because of how ..., explained Reyes, “...”`: the name after the verb is its subject
    let text = format!("{HEAD}Because of how the council set the timetable, explained Reyes, “with the vote held in April there is little time left for a second plan.”\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "with the vote held").as_deref(), Some("Reyes"));
    // an object after the verb is no inversion: `said the club might send letters to X`
    // (the quote continues what she said after a comma: one mixed item, hers)
    let text = format!("{HEAD}Dana Ortiz, the club's lead strategist, said the club might send letters to Mr. Reyes or Ms. Moss, “depending on how the vote goes.”\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "the club might").as_deref(), Some("Dana Ortiz"));
    assert!(quote(&q, "the club might").text.contains("depending on how the vote goes"));
}

#[test]
fn a_new_sentence_or_clause_after_the_quote_is_not_its_cue() {
    // `“...” Of Reyes, Moss, who ..., said, “...”`: a preposition's object is no speaker
    // of the quote before; `“...,” while X penned ...` is a clause of its own
    let text = format!(
        "{HEAD}“He is charming,” Lee Moss said of Reyes. “But as mayor, his grasp of the budget worries me.” Of Reyes, Moss, who has donated to Dana Ortiz, said, “He is reckless.”\n\nMaria Lopez sniped that the plan was “guesswork from the start,” while Reyes and other members penned a pile of replies.\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "But as mayor").as_deref(), Some("Lee Moss"));
    assert_eq!(speaker_name(&sp, &q, "guesswork from").as_deref(), Some("Maria Lopez"));
}

#[test]
fn a_sentence_ending_if_asked_hands_no_quote_to_a_name_before_it() {
    let text = format!("{HEAD}Maria Lopez won the vote.\n\nTom Reyes distanced himself from the protest by saying he would offer his help to the Lopez team if asked. “I will back her all the way.”\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "I will back her").as_deref(), Some("Tom Reyes"));
}

#[test]
fn the_writers_words_after_the_quote_then_an_inverted_cue() {
    // `“...” if she did not carry it by more, said Tom Reyes, an analyst.`
    let text = format!("{HEAD}Polls show Lopez ahead by ten points.\n\n“Most people would call that a setback for Maria Lopez” if she did not carry the vote by a wider gap, said Tom Reyes, a voting analyst at the harbour board.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "Most people would").as_deref(), Some("Tom Reyes"));
}

#[test]
fn the_listener_after_a_verb_of_pressing_is_not_the_speaker() {
    // `Maria Lopez, visibly angry, pressed Tom Reyes, “...”`: only verbs that take their
    // subject after them are inverted after a comma
    let text = format!("{HEAD}Maria Lopez, visibly angry, pressed Tom Reyes, “Where is the money?”\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "Where is").as_deref(), Some("Maria Lopez"));
}

#[test]
fn a_subordinate_clause_ending_the_sentence_before_does_not_take_the_quote() {
    // `Lopez was furious after Reyes testified. “...”`: the verb ends the sentence, but
    // its subject is not the sentence's
    let text = format!("{HEAD}Maria Lopez was furious after Tom Reyes testified. “He lied to the council and to every voter in this town.”\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "He lied").as_deref(), Some("Maria Lopez"));
}

#[test]
fn a_participle_before_the_name_after_a_quote_makes_it_an_object() {
    // `“...,” voters backing Tom Reyes, the incumbent, said`: the voters said it
    let text = format!("{HEAD}Lee Moss spoke first.\n\n“It was a mistake to close the bridge,” voters backing Tom Reyes, the two-term incumbent from the north side, said on Tuesday.\n");
    let (sp, q) = run(&text);
    assert_ne!(speaker_name(&sp, &q, "It was a mistake").as_deref(), Some("Tom Reyes"));
}

#[test]
fn a_cue_before_the_quote_beats_an_inverted_cue_at_the_end_of_the_sentence() {
    let text = format!("{HEAD}Maria Lopez answered with a single line, “We will not pay,” and the packed hall at the old fire station went completely quiet, recalled Tom Reyes, who was in the room.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "We will not pay").as_deref(), Some("Maria Lopez"));
}

#[test]
fn she_said_does_not_take_the_previous_quote_of_a_man() {
    // `“...,” wrote Paul Brandt. ... “...,” she said`: the woman the text never names is
    // no reason to hand her words to the last speaker, who cannot be `she`
    let text = format!("{HEAD}“He is well ahead of every rival,” wrote Paul Brandt in the Harbour Post.\n\nThe woman who organised the vigil identified herself as a 61-year-old nurse named Rita.\n\n“He really listens to the people of this town,” she said of the mayor.\n");
    let (sp, q) = run(&text);
    assert_ne!(speaker_name(&sp, &q, "He really listens").as_deref(), Some("Paul Brandt"));
}

/// `“...,” University of the Harbour Coast political scientist Callum Drake said.`: a
/// description of more words than a subject usually takes, with no verb or comma in it,
/// before the name that ends right at the verb; the quote is the name's, not the last
/// speaker's. A clause in the phrase makes the name its object (`a member of the board
/// that hired Callum Drake said`), not the subject.
#[test]
fn a_long_role_phrase_before_the_name_after_the_quote() {
    let text = format!("{HEAD}But residents say there may be a plan behind the mayor’s posts.\n\n“There is a bit of theatre in all this,” University of the Harbour Coast political scientist Callum Drake said.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "There is a bit").as_deref(), Some("Callum Drake"));
    let text = format!("{HEAD}But residents say there may be a plan behind the mayor’s posts.\n\n“There is a bit of theatre in all this,” a member of the harbour board that hired Callum Drake said.\n");
    let (sp, q) = run(&text);
    assert_ne!(speaker_name(&sp, &q, "There is a bit").as_deref(), Some("Callum Drake"));
}

/// `“It was bound to happen, wasn't it?” Reyes went on, as though nobody had spoken.`: a
/// verb and its particle (`went on`, `cut in`) make a cue, as `shot back` does.
#[test]
fn went_on_and_cut_in_are_cues() {
    let text = format!("{HEAD}Maria Lopez asked Tom Reyes about the cables.\n\n“It was bound to happen, wasn't it?” Reyes went on, as though nobody had spoken. “But we fix it.”\n\n“Not this time,” Lopez cut in.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "It was bound").as_deref(), Some("Tom Reyes"));
    assert_eq!(speaker_name(&sp, &q, "Not this time").as_deref(), Some("Maria Lopez"));
}

/// `“The river does not vote,” an angry Lopez retaliated.`, `Reyes questioned`,
/// `Lopez mocks`: forms of verbs of speech whose other forms were listed, and verbs of a
/// reply in kind, attribute the quote beside them.
#[test]
fn verbs_of_a_reply_in_kind_are_cues() {
    let text = format!("{HEAD}Tom Reyes attacked the plan on Monday.\n\n“The river does not vote,” Maria Lopez retaliated.\n\n“Is that so?” Reyes questioned.\n\n“Build it anyway,” Lopez mocks.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "The river does").as_deref(), Some("Maria Lopez"));
    assert_eq!(speaker_name(&sp, &q, "Is that so").as_deref(), Some("Tom Reyes"));
    assert_eq!(speaker_name(&sp, &q, "Build it anyway").as_deref(), Some("Maria Lopez"));
}

/// `"... paid for by the riders."¶¶- Tom Reyes.`: a paragraph of a dash and a
/// name, right after the paragraph a quote ends, signs that quote (a fact-check's layout);
/// a dash line with a long sentence after the name is prose, and signs nothing.
#[test]
fn a_dash_and_a_name_in_the_next_paragraph_sign_the_quote() {
    let text = format!("{HEAD}Maria Lopez and Tom Reyes debated on Monday.\n\n“The bridge will cost nothing.”\n\n- Tom Reyes.\n\n“The cables are already paid for.”\n\n-Mayor Maria Lopez, speaking after the debate.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "The bridge will").as_deref(), Some("Tom Reyes"));
    assert_eq!(speaker_name(&sp, &q, "The cables are").as_deref(), Some("Maria Lopez"));
    let text = format!("{HEAD}Maria Lopez spoke on Monday.\n\n“The bridge will cost nothing.”\n\n- Tom Reyes, who was not at the debate and has never seen the plans, wrote a long letter to the council about the cost.\n");
    let (sp, q) = run(&text);
    assert_ne!(speaker_name(&sp, &q, "The bridge will").as_deref(), Some("Tom Reyes"));
}

/// `“Your Honor,” I said, “the delay was my fault.”` in first-person prose:
/// the writer speaks, not the person quoted last.
#[test]
fn the_writers_own_i_said_is_the_writers_not_the_last_speaker() {
    let text = format!("{HEAD}“We will appeal,” said Tom Reyes, my lawyer.\n\nThe judge waited for my answer. “Your Honor,” I said, “the delay was my fault.”\n\n“I am not afraid,” I said.\n");
    let (sp, q) = run(&text);
    for prefix in ["Your Honor", "I am not afraid"] {
        assert_eq!(speaker_name(&sp, &q, prefix).as_deref(), Some("the writer"), "{prefix}");
    }
    assert_eq!(speaker_name(&sp, &q, "We will appeal").as_deref(), Some("Tom Reyes"));
}

/// `Lopez said the plan was drawn up by Tom Reyes and said, “Whose numbers do you
/// believe?”`: a verb joined to the sentence's first by `and` or `but` shares its subject,
/// not the nearest name; past a fronted clause, the main clause's subject.
#[test]
fn a_verb_joined_by_and_shares_the_first_clauses_subject() {
    let text = format!("{HEAD}Maria Lopez said the plan was drawn up by engineer Tom Reyes and said, “Whose numbers do you believe?”\n\nWhen Reyes left the council, Lee Moss thanked him but then said, “We need a new plan.”\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "Whose numbers").as_deref(), Some("Maria Lopez"));
    assert_eq!(speaker_name(&sp, &q, "We need a new plan").as_deref(), Some("Lee Moss"));
}

/// `“We are neighbours,” Ms. Lopez said. “We are not strangers.” Mr. Reyes said: “...”`:
/// after a quote that ends its own sentence, a cue that introduces the next quote, or a
/// verb with a clause of its own (`Reyes said he would have resigned`), is not that
/// quote's cue; `“A,” he said, “B.”` still shares its cue.
#[test]
fn a_cue_that_introduces_the_next_quote_is_not_the_previous_ones() {
    let text = format!("{HEAD}“We are neighbours,” Maria Lopez said. “We are not strangers.” Tom Reyes said: “The flood changed everything.”\n\n“It is a sad day,” Lee Moss told reporters. “This is what the campaign made.” Reyes said he would have resigned over it.\n\n“We build,” Lopez said, “and we pay.”\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "We are not strangers").as_deref(), Some("Maria Lopez"));
    assert_eq!(speaker_name(&sp, &q, "The flood changed").as_deref(), Some("Tom Reyes"));
    assert_eq!(speaker_name(&sp, &q, "This is what").as_deref(), Some("Lee Moss"));
    assert_eq!(speaker_name(&sp, &q, "and we pay").as_deref(), Some("Maria Lopez"));
}

/// After a quote, the subject before an apposition and its verb may carry a suffix
/// (`Tom Reyes III, founder of the centre, tells`), share the verb with a second name
/// (`Lee Moss and House Speaker Ann Carter, both Democrats, said`), or end the
/// apposition with a relative clause and no comma (`Dana Ortiz, the data guru who
/// runs the blog tweeted`).
#[test]
fn the_subject_before_an_apposition_with_a_suffix_a_second_name_or_a_relative_clause() {
    let text = format!("{HEAD}Maria Lopez spoke first.\n\n“We are united,” Tom Reyes III, founder of the ferry museum, said.\n\n“The court got it wrong,” state Senate leader Lee Moss and House Speaker Ann Carter, both Democrats, said in a joint letter.\n\n“It is close,” Dana Ortiz, the data guru who runs the harbour blog tweeted on Friday.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "We are united").as_deref(), Some("Tom Reyes"));
    assert_eq!(speaker_name(&sp, &q, "The court got").as_deref(), Some("Lee Moss"));
    assert_eq!(speaker_name(&sp, &q, "It is close").as_deref(), Some("Dana Ortiz"));
}

/// `He voiced his “shock” on Facebook, writing “It is hard to believe ...”`: a
/// participle after an earlier quote of its sentence takes the sentence's subject, a
/// pronoun the speakers stage resolved included.
#[test]
fn a_participle_after_a_woven_quote_takes_a_pronoun_subject() {
    let text = format!("{HEAD}A photo showed Tom Reyes at the pier.\n\nHe voiced his “shock and sadness” on Facebook, writing “It is hard to believe how many boats were lost in one night.”\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "It is hard to believe").as_deref(), Some("Tom Reyes"));
}

/// `Reyes issued a statement, “...”`, `When Moss retired, Mayor Lopez released the
/// following statement: “...”` and `Ortiz went on to say, “...”`: a statement issued is a
/// cue, whose subject is the main clause's; `went on to` makes a lone name speak.
#[test]
fn issued_a_statement_and_went_on_to_say_are_cues() {
    let text = format!("{HEAD}Immediately after the storm, Tom Reyes issued a statement, “Our town was hit hard.”\n\nWhen Lee Moss retired in 2004, Mayor Maria Lopez released the following statement: “We thank a friend.”\n\nDana Ortiz wrote a book about the bridge.\n\nOrtiz went on to say, “With all my heart, I believe the bridge will hold.”\n\nOkafor went on to say, “The money is gone.”\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "Our town").as_deref(), Some("Tom Reyes"));
    assert_eq!(speaker_name(&sp, &q, "We thank").as_deref(), Some("Maria Lopez"));
    assert_eq!(speaker_name(&sp, &q, "The money is gone").as_deref(), Some("Okafor"));
    assert_eq!(speaker_name(&sp, &q, "With all my heart").as_deref(), Some("Dana Ortiz"));
}

/// `“...,” the Saudis state in their reply` and `“...,” the two write.`: `state` after
/// a plural subject is a verb of speech (never after a determiner or as a modifier:
/// `state Senate leader Dana Ortiz`), and `the two` who write are a group.
#[test]
fn state_after_a_plural_subject_and_the_two_write_are_cues() {
    let text = format!("{HEAD}Sen. Tom Reyes and Rep. Lee Moss wrote to the harbour board.\n\n“You seem to have changed the rules overnight,” the two write. “We cannot follow it.”\n\nThe Saudis have said the figures are right.\n\n“The kingdom has paid its share,” the Saudis state in their reply.\n\n“We can only guess,” state Senate leader Dana Ortiz said.\n\n“We need the bridge,” Texas state Sen. Kirk Hollis said.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "You seem").as_deref(), Some("the two"));
    assert_eq!(speaker_name(&sp, &q, "We cannot").as_deref(), Some("the two"));
    assert_eq!(speaker_name(&sp, &q, "The kingdom").as_deref(), Some("Saudis"));
    assert_eq!(speaker_name(&sp, &q, "We can only").as_deref(), Some("Dana Ortiz"));
    assert_eq!(speaker_name(&sp, &q, "We need the bridge").as_deref(), Some("Kirk Hollis"));
}

/// `“We have hired strong local teams” there and in states holding votes in April, the
/// memo stated.` and `“Had it not been for the rescue” by the United States, Canada
/// and others, Lopez said at a forum, “...”`: after the writer's own words, a
/// subject and its verb close the sentence; `states` after `in` and `States` in a name
/// are no verbs.
#[test]
fn a_subject_and_its_verb_closing_the_sentence_after_the_writers_words() {
    let text = format!("{HEAD}The campaign sent a memo to donors.\n\n“We have hired strong local teams” there and in states holding votes in April, the memo stated.\n\nMaria Lopez spoke on Monday.\n\n“Had it not been for the rescue” by the United States, Canada and other neighbours, Lopez said at a forum on Tuesday, “we would have lost the whole town.”\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "We have hired").as_deref(), Some("memo"));
    assert_eq!(speaker_name(&sp, &q, "Had it not been").as_deref(), Some("Maria Lopez"));
}

/// `Mr. Reyes said of the protest, “I do not approve,” adding that “...”`: a participle
/// after the quote that names no one does not beat the named cue before it.
#[test]
fn a_participle_after_the_quote_does_not_beat_a_named_cue_before_it() {
    let text = format!("{HEAD}Tom Reyes said of the protest, “I do not approve,” adding that “people are tired.”\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "I do not approve").as_deref(), Some("Tom Reyes"));
}

/// What the cue rules above must not take: a relative clause owns the verb joined by `and`
/// (`introduced Gov. Tom Smith, who walked to the podium and said, “...”`), a comma ends a
/// preposition's phrase (`Weighing in, Tom Smith said`), an object `it` is no clause of
/// its own (`Dana Ortiz said it at nearly every rally`), `a mock trial` holds no verb,
/// and `Trump Says` in a title-case headline is one.
#[test]
fn sentences_the_new_cue_rules_must_not_misread() {
    let text = "Trump Says “Nobody Knew” Ferry Tolls Were Hard\n\nMayor Bob Jones introduced Gov. Tom Smith, who walked to the podium and said, “We will rebuild.”\n\nWeighing in, Lee Moss said, “It is a fair plan.”\n\nMaria Lopez mocked the idea.\n\n“We are going to fix the pier.” Dana Ortiz said it at nearly every rally.\n\nThe students staged a mock trial. “Guilty,” the verdict read.\n";
    let (sp, q) = run(text);
    assert_eq!(speaker_name(&sp, &q, "We will rebuild").as_deref(), Some("Tom Smith"));
    assert_eq!(speaker_name(&sp, &q, "It is a fair plan").as_deref(), Some("Lee Moss"));
    assert_eq!(speaker_name(&sp, &q, "We are going to fix").as_deref(), Some("Dana Ortiz"));
    assert!(!quote(&q, "Guilty").cue.as_ref().is_some_and(|c| c.text.contains("mock")), "{:#?}", quote(&q, "Guilty"));
    assert_eq!(speaker_name(&sp, &q, "Nobody Knew").as_deref(), Some("Donald Trump"));
}

/// `Northgate Mills chief executive Victor Read said ... “...,” Read said.`: a surname that
/// is also a verb's form (`Read`) names its person after a quote, and the verb after it is
/// the cue.
#[test]
fn a_surname_that_is_also_a_verb_names_its_person() {
    let text = format!("{HEAD}Northgate Mills chief executive Victor Read said the merger was sound.\n\n“We think this merger is right for the town,” Read said.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "We think").as_deref(), Some("Victor Read"));
}

/// `“...,” Port Avery City Public Advocate Lena Hart said`: a run of capitalised words too
/// long for a name, whose given name no list knows, names the person after its last role
/// word when it speaks.
#[test]
fn a_long_role_run_before_an_unlisted_given_name_names_who_follows_the_role() {
    let text = format!("{HEAD}“The city cannot cover this cost,” Port Avery City Public Advocate Lena Hart said.\n");
    let (_, q) = run(&text);
    assert_eq!(speaker(&q, "The city"), Some("lena-hart"));
}

/// `said Rafael de Jesús`, `said Ilse von der Berg`: a lower-case particle inside a
/// name that speaks is part of it; a phrase with one that speaks for no one is no name
/// (`Cinco de Mayo`).
#[test]
fn name_particles_join_a_speaking_name() {
    let text = format!("{HEAD}“The buses are back,” said Rafael de Jesus, a driver. “It is over,” said Ilse von der Berg.\n\nThe town held a Cinco de Mayo party.\n");
    let (sp, q) = run(&text);
    assert_eq!(speaker(&q, "The buses"), Some("rafael-de-jesus"));
    assert_eq!(speaker(&q, "It is over"), Some("ilse-von-der-berg"));
    assert!(!sp.speakers.iter().any(|s| s.name.contains("Mayo")), "{sp:#?}");
}

/// `said Rafael de JesÃºs`: a name whose accented letter was read in the wrong encoding
/// carries a capital inside it, and is still a person's name, not a brand's.
#[test]
fn mojibake_in_a_name_does_not_make_it_a_brand() {
    let text = format!("{HEAD}“The buses are back,” said Rafael de JesÃºs, a driver.\n");
    let (_, q) = run(&text);
    let who = speaker(&q, "The buses");
    assert!(who.is_some_and(|id| id.starts_with("rafael-de-jes")), "{who:?}");
}

/// `“...,” a welcome message on the homepage reads`, `a voice-over in the spot states`:
/// a text placed by a short phrase speaks past it; `“...,” a letter from Tom Reyes said`: a
/// text whose author the cue names is the author's.
#[test]
fn a_text_placed_by_a_phrase_speaks_and_a_named_author_takes_its_words() {
    let text = format!(
        "{HEAD}The group released a new ad on Tuesday.\n\n“She is the mayor this town needs,” a voice-over in the spot states.\n\n“Come and live by the water!” a welcome message on the homepage reads.\n\n“We will win,” a letter from Tom Reyes said.\n"
    );
    let (sp, q) = run(&text);
    let name = |prefix: &str| {
        let id = speaker(&q, prefix).unwrap_or_else(|| panic!("no speaker for {prefix:?}: {q:#?}"));
        sp.speakers.iter().find(|s| s.id == id).map(|s| s.name.clone())
    };
    assert_eq!(name("She is").as_deref(), Some("voice-over"));
    assert_eq!(name("Come and live").as_deref(), Some("message"));
    assert_eq!(name("We will win").as_deref(), Some("Tom Reyes"));
}

/// `Another source familiar with Ortiz’s plans said, “...”`, `Another tweeted, “...”`,
/// `“...,” tweeted another.`, `said one of two witnesses`: unnamed people the text
/// describes speak, past a phrase of their own.
#[test]
fn another_and_one_of_a_group_are_described_speakers() {
    let text = format!(
        "{HEAD}Tom Ortiz met his colleagues on Monday.\n\nAnother source familiar with Ortiz’s plans said, “He will try to be more patient.”\n\nSome riders wrote angry posts. Another tweeted, “Lopez thinks the toll is a joke.”\n\n“Better check the ferry timetable,” tweeted another.\n\n“It was awkward,” said one of two witnesses who saw the same meeting.\n"
    );
    let (_, q) = run(&text);
    assert_eq!(speaker(&q, "He will try"), Some("another-source-familiar-with-ortizs-plans"));
    assert!(speaker(&q, "Lopez thinks").is_some_and(|s| s.starts_with("another")), "{q:#?}");
    assert!(speaker(&q, "Better check").is_some_and(|s| s.starts_with("another")), "{q:#?}");
    assert_eq!(speaker(&q, "It was awkward"), Some("one-of-two-witnesses"));
}

/// `Reyes lamented her habit of missing votes - "will she ever show up on time?" -
/// Republicans in Ohio who attended the forum said they ...`: a name after a dash signs a
/// quote only when it ends the line or its sentence, not when it opens a clause.
#[test]
fn a_clause_after_a_quote_set_off_by_dashes_does_not_sign_it() {
    let text = format!(
        "{HEAD}And although Martin Reyes lamented her habit of missing votes - \"will she ever show up to a single meeting on time?\" - Republicans in Ohio who attended the Tuesday forum said they were unbothered by the row.\n"
    );
    let (_, q) = run(&text);
    assert_eq!(speaker(&q, "will she"), Some("martin-reyes"));
}

/// `Rather than the old seating plan, asks Harbour Review editor Grace Okafor, “has anyone
/// tried a round table?”`: after a comma, `asks` before a name that ends the clause at the
/// quote is inverted, and the name is its subject; a participle opening a sentence
/// (`Assuming MPs finally get a vote on it`) is no part of a name.
#[test]
fn asks_after_a_comma_is_inverted_before_a_quote() {
    let text = format!(
        "{HEAD}Assuming MPs finally get a vote on it, the whole plan will probably stall.\n\nRather than the old seating plan, in which rival MPs sit across from each other, asks Harbour Review editor Grace Okafor, “has anyone ever tried a round table?”\n"
    );
    let (_, q) = run(&text);
    assert_eq!(speaker(&q, "has anyone"), Some("grace-okafor"));
}

/// `Paul Brandt, an engineer at Northgate, stated in the firm’s blog post that ...
/// “...,” the post read.`: the post's author is the subject of the verb of speech that
/// put words in it.
#[test]
fn the_author_of_a_post_is_who_stated_in_it() {
    let text = format!(
        "{HEAD}Paul Brandt, a senior engineer at Northgate, stated in the firm’s blog post that the leaks came from one old pipe.\n\n“Several valves near the plant also failed last spring,” the post read.\n"
    );
    let (_, q) = run(&text);
    assert_eq!(speaker(&q, "Several valves"), Some("paul-brandt"));
}

/// `“...,” Rep. Dana Whitfield’s chief of staff, Sam Ortiz, told reporters.`: a
/// possessive name and a lower-case role, then a name in apposition set off by commas,
/// whose verb follows: the name in apposition speaks, not the possessive's owner.
#[test]
fn a_name_in_apposition_to_a_possessive_role_speaks() {
    let text = format!("{HEAD}“Sooner or later, both sides will give ground,” Rep. Dana Whitfield’s chief of staff, Sam Ortiz, told reporters.\n");
    let (_, q) = run(&text);
    assert_eq!(speaker(&q, "Sooner or later"), Some("sam-ortiz"));
}

/// `“...,” Victor Mendes of the Ruth Kemp Center for Coastal Studies said`, `“...,”
/// experts Paul Brandt and Grace Okafor of Oregon's Institute for Coastal Research and
/// Homeland Security wrote`: a name, its place of work after `of`, then
/// the verb; the organisation's last words are no person.
#[test]
fn a_name_of_an_organisation_speaks_past_it() {
    let text = format!(
        "{HEAD}“That seems unlikely,” Victor Mendes of the Ruth Kemp Center for Coastal Studies said.\n\n“Salt would corrode the pipes,” water experts Paul Brandt and Grace Okafor of Oregon's Institute for Coastal Research and Homeland Security wrote in March.\n"
    );
    let (_, q) = run(&text);
    assert_eq!(speaker(&q, "That seems"), Some("victor-mendes"));
    assert_eq!(speaker(&q, "Salt would"), Some("paul-brandt"));
}

/// `Ortiz rejected it, and Senator Tom Reyes, the council leader, denounced the
/// plan as “...”`: words woven into the last coordinated clause are its subject's, not
/// the sentence's first subject's; a name after that clause's verb is its object.
#[test]
fn a_quote_in_a_coordinated_clause_is_its_own_subjects() {
    let text = format!("{HEAD}Mayor Dana Ortiz rejected the plan at once, and Senator Tom Reyes, the council leader, denounced it as “not a plan but a ransom note.”\n\nThe union said it needs “more time to read” the plan, but it commended Ortiz for ideas that “could do much to make the harbour safer.”\n");
    let (sp, q) = run(&text);
    let name_of = |words: &str| {
        let item = q.quotes.iter().find(|x| x.text.contains(words)).unwrap_or_else(|| panic!("no item with {words:?} in {:#?}", q.quotes));
        sp.speakers.iter().find(|s| Some(s.id.as_str()) == item.speaker.as_deref()).map(|s| s.name.clone())
    };
    assert_eq!(name_of("not a plan").as_deref(), Some("Tom Reyes"));
    assert_ne!(name_of("could do much").as_deref(), Some("Dana Ortiz"));
}

#[test]
fn a_paragraph_a_colon_announces_is_a_block_quote() {
    // a web page's indented block loses its indent in plain text, never its words
    let text = format!(
        "{HEAD}Maria Lopez posted a long defence of the toll on Sunday. She wrote:\n\n\
         I have listened to every ferry pilot in this town. The bridge will pay for itself in ten years.\n\n\
         Peter Baker answered the next day. Read his full statement below:\n\n\
         The council was never shown the figures. I will ask for them at the next meeting.\n\n\
         Ann Cole said in a statement to the harbour board:\n\n\
         We support the crossing, but not at any price.\n"
    );
    let (_, q) = run(&text);
    let x = quote(&q, "I have listened");
    assert_eq!(x.text, "I have listened to every ferry pilot in this town. The bridge will pay for itself in ten years.");
    assert_eq!((x.kind, x.speaker.as_deref(), x.cue.as_ref().map(|c| c.text.as_str())), (QuoteKind::Direct, Some("maria-lopez"), Some("She wrote")));
    assert_eq!(x.rule.as_deref(), Some("colon-intro (block-quote)"));
    assert_eq!(quote(&q, "The council was never").text, "The council was never shown the figures. I will ask for them at the next meeting.");
    assert_eq!(speaker(&q, "We support the crossing"), Some("ann-cole"));
}

#[test]
fn a_colon_before_what_plain_text_lost_announces_no_block_quote() {
    // a video, a picture or an evidence the page showed is gone; the next paragraph is
    // the writer's again; and a colon that announces no words (a list, a time) is no cue
    let text = format!(
        "{HEAD}Watch the full video of Maria Lopez's remarks below:\n\n\
         Later in the meeting, Lopez praised the ferry pilots for their patience.\n\n\
         The Harbour Gazette noted the sparse attendance:\n\n\
         Even Peter Baker took time to point out the empty seats at the meeting.\n\n\
         Ann Cole tweeted a photo of the empty hall on Monday:\n\n\
         Cole has opposed the bridge since the first vote in May.\n\n\
         Here is what we know about the bridge:\n\n\
         The toll will be two dollars for cars and one dollar for bicycles.\n\n\
         Ann Cole tweeted the minutes of the whole meeting for context:\n\n\
         The minutes show that nobody asked about the toll in April.\n\n\
         Two officials briefed on the vote told The Harbour Gazette what happened next:\n\n\
         The council met behind closed doors and the vote was moved to June.\n\n\
         Ann Cole wrote about the vote last week, and her column drew hundreds of letters:\n\n\
         Most readers wanted the toll dropped before the bridge opens.\n\n\
         Also read:\n\n\
         Five things to know about the new bridge before it opens.\n\n\
         Read more about the vote and the council's statements:\n\n\
         Who voted for the bridge, and who did not, in one table.\n\n\
         The harbour master told reporters on the pier:\n\n\
         The ferry will run until May, and Harbour Master Tom Reyes said the pilots agreed.\n"
    );
    let (_, q) = run(&text);
    let blocks: Vec<&str> = q.quotes.iter().filter(|x| x.kind == QuoteKind::Direct).map(|x| x.text.as_str()).collect();
    assert!(blocks.is_empty(), "no block quote, got {blocks:?}");
}

#[test]
fn a_paragraph_with_quote_marks_after_a_colon_is_read_by_its_marks() {
    let text = format!(
        "{HEAD}Maria Lopez wrote on Facebook:\n\n\
         “I have listened to every ferry pilot in this town,” she said, and the bridge will pay for itself.\n"
    );
    let (_, q) = run(&text);
    assert_eq!(texts(&q), ["I have listened to every ferry pilot in this town,"]);
}

#[test]
fn a_headline_that_lost_its_closing_mark_keeps_a_three_word_quote() {
    let text = "Lopez says she will “never give up\n\nMaria Lopez spoke on Monday about the new bridge.\n";
    let (_, q) = run(text);
    let quoted: Vec<&str> = q.quotes.iter().flat_map(|x| if x.quoted.is_empty() && x.kind == QuoteKind::Direct { vec![x.span] } else { x.quoted.clone() }).filter_map(|s| s.slice(text)).collect();
    assert_eq!(quoted, ["never give up"], "{:#?}", q.quotes);
}

#[test]
fn titles_in_a_capitalised_headline_stay_titles() {
    // every word of such a headline is capitalised, and so are the works it names: their
    // capitals still say title (a review found these read as quotes, some given to the
    // headline's subject)
    for headline in [
        "Review: “The Last Jedi” Is the Best Film of the Year",
        "HBO’s “Game of Thrones” Finale Draws a Record Audience",
        "Senate Passes “Inflation Reduction Act” After a Long Night",
        "Maria Lopez Sings Her New Album “Harbour Lights” at the Town Hall",
    ] {
        let text = format!("{headline}\n\nMaria Lopez spoke on Monday.\n");
        let (_, q) = run(&text);
        assert!(texts(&q).is_empty(), "{headline}: {:#?}", q.quotes);
        assert_eq!(q.not_quotes.iter().map(|n| n.kind).collect::<Vec<_>>(), [NotQuoteKind::Title], "{headline}");
    }
}

#[test]
fn a_headline_quote_the_body_attributes_is_a_quote_not_a_title() {
    // the headline capitalises the phrase like a title; the body, which quotes it as the
    // mayor's, says whose words they are
    let text = "Mayor Vows to End the Council’s “War on Bridges”\n\nMayor Maria Lopez said on Monday that the council was waging a “War on Bridges,” and that she would end it.\n";
    let (_, q) = run(text);
    let head = q.quotes.iter().find(|x| x.text == "War on Bridges").unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(head.kind, QuoteKind::Direct);
    assert_eq!(head.speaker.as_deref(), Some("maria-lopez"));
    assert!(q.not_quotes.is_empty(), "{:#?}", q.not_quotes);
    // a work's name quoted in the headline and the body, given to no one, stays a title
    // in the headline
    let text = "Harbour Choir Brings “Harbour Lights” to the Town Hall\n\nThe choir performed “Harbour Lights” on Monday.\n";
    let (_, q) = run(text);
    let headline_end = text.find("\n\n").unwrap_or(0);
    assert!(q.quotes.iter().all(|x| x.span.start() > headline_end), "{:#?}", q.quotes);
    assert!(q.not_quotes.iter().any(|n| n.kind == NotQuoteKind::Title && n.span.end() < headline_end), "{:#?}", q.not_quotes);
    // nor does a work's name a person says in a line of their own, or names with `the`
    // (a review's cases)
    for text in [
        "Mayor Lopez’s “Harbour Lights” Tops the Best-Seller List\n\n“Harbour lights,” Maria Lopez said, “are what I remember of my childhood.”\n",
        "Council Passes “Bridge Safety Act”\n\nMaria Lopez said the “Bridge Safety Act” would lower tolls.\n",
    ] {
        let (_, q) = run(text);
        let headline_end = text.find("\n\n").unwrap_or(0);
        assert!(q.quotes.iter().all(|x| x.span.start() > headline_end), "{text}: {:#?}", q.quotes);
    }
}

#[test]
fn three_words_after_a_stray_mark_in_a_body_paragraph_are_no_quote() {
    // only the end of a headline loses its closing mark this way; a mark before three
    // words of a body paragraph's end is still a stray one
    let text = format!("{HEAD}Maria Lopez spoke about the “new bridge plan\n\nShe said nothing else.\n");
    let (_, q) = run(&text);
    assert!(texts(&q).is_empty(), "{:#?}", q.quotes);
}

/// `“...,” House Speaker Ann Cole and Senate Democratic Leader Tom Reyes said`:
/// two titled names joined by `and`, then the verb, are the quote's cue however many
/// words the titles take; the first name speaks (one speaker per item), and the quote is
/// not handed to someone named a paragraph before.
#[test]
fn two_titled_names_joined_by_and_before_the_verb_are_the_cue() {
    let text = "Toll Raised\n\nThe harbour board announced the new toll on Friday.\n\n\"This is simply a tax on people who cross to work,\" House Speaker Ann Cole and Senate Democratic Leader Tom Reyes said in a statement.\n";
    let (_, q) = run(text);
    let item = quote(&q, "This is simply");
    assert_eq!(item.speaker.as_deref(), Some("ann-cole"), "{item:#?}");
    assert_eq!(item.cue.as_ref().map(|c| c.text.as_str()), Some("Ann Cole and Senate Democratic Leader Tom Reyes said"));
}

#[test]
fn a_group_the_previous_paragraph_only_describes_does_not_take_a_lone_quote() {
    // `people shouldn't expect to ...` names no one: the lone quote after it is the last
    // speaker's, as it would be after a paragraph naming nobody
    let text = format!(
        "{HEAD}“The cables are old,” Tom Reyes said.\n\nFor towns like this one, people shouldn't expect to sell their boats any time soon.\n\n“We will have to row more often.”\n"
    );
    let (_, q) = run(&text);
    assert_eq!(speaker(&q, "We will have to row"), Some("tom-reyes"));
}

/// A quote woven into a sentence that names no cue takes the last speaker only from its
/// own paragraph or the one right before (`Political talk was “never a part” of their
/// talks` after a paragraph of Legend's quotes); two paragraphs on, the writer has most
/// often moved to someone else (`Dana Ortiz, star of the ferry ads, thanked the council
/// for “keeping the lights on”` is not the last speaker's), and the words name no one. A quote
/// that stands as its own sentence still reaches two paragraphs back.
#[test]
fn a_woven_quote_with_no_cue_takes_the_recent_speaker_from_the_paragraph_before_only() {
    let near = format!("{HEAD}“The bridge is safe,” Tom Reyes said.\n\nThe plan had been a “giveaway to developers” from the start.\n");
    let (_, q) = run(&near);
    assert_eq!(speaker(&q, "giveaway"), Some("tom-reyes"));
    let far = format!("{HEAD}“The bridge is safe,” Tom Reyes said.\n\nThe council met again on Monday night.\n\nThe plan had been a “giveaway to developers” from the start.\n");
    let (_, q) = run(&far);
    assert_eq!(speaker(&q, "giveaway"), None);
    let own_sentence = format!("{HEAD}“The bridge is safe,” Tom Reyes said.\n\nThe council met again on Monday night. “We will keep the toll low.”\n");
    let (_, q) = run(&own_sentence);
    assert_eq!(speaker(&q, "We will keep"), Some("tom-reyes"));
}

#[test]
fn a_quote_closing_its_sentence_is_not_the_cue_of_a_reply_in_the_next_one() {
    // `Reyes went after Cole, calling her “a career quitter.” Cole answered ...`: the
    // quote is words of its own sentence, and the next sentence's verb answers it or
    // adds to it, an act of its own, when someone reports before the quote. A bare
    // attribution after it is still the quote's, however it is punctuated, and so is a
    // reply when no one reports before the quote; so is the cue after a quote that
    // opens its sentence, or follows a label and its colon or dash, or ends on `?` or
    // `!`, or whose `.` a lower-case word follows.
    let text = format!(
        "{HEAD}At a rally in May, Tom Reyes went after Ann Cole, calling her, of all things, “a career quitter.” Cole answered with a statement.\n\nAnn Cole thanked the crews for work she called “the best in the county.” Tom Reyes agreed on Friday.\n\nLee Moss labelled the budget “a fraud.” Maria Lopez objected at once.\n\nDana Ortiz praised the crews as “tireless.” She also said the pier would open in May.\n\nThe plan is “dead on arrival.” Maria Lopez said.\n\nThe budget is “a fantasy.” Paul Brandt replied.\n\nAsked about the toll, “It is not my call.” Ann Cole answered.\n\n“We will win the vote.” Maria Lopez said it twice.\n\nHARBOUR VIEW: “Who pays for the bridge?” Paul Brandt, a harbour board member, said in a letter.\n\nEASTVALE - “We will rebuild the pier.” Lee Moss replied on Sunday.\n\nTom Reyes “wants us to pay twice?” Ann Cole replied.\n\nThe council “will raise the toll again.” former mayor Tom Reyes replied on Twitter.\n\nLee Moss called the toll “a tax on work!” at the meeting, Dana Ortiz said.\n"
    );
    let (sp, q) = run(&text);
    // (the item holding the words, a quote of its own or a report's quoted words)
    let holding = |words: &str| q.quotes.iter().find(|x| x.text.contains(words)).unwrap_or_else(|| panic!("no item holds {words:?} in {:#?}", q.quotes));
    let name = |x: &Quote| x.speaker.as_ref().and_then(|id| sp.speakers.iter().find(|s| &s.id == id)).map(|s| s.name.clone());
    let cue = |x: &Quote| x.cue.as_ref().map(|c| c.text.clone());
    assert_ne!(name(holding("a career quitter")).as_deref(), Some("Ann Cole"));
    assert_ne!(cue(holding("a career quitter")).as_deref(), Some("Cole answered"));
    assert_eq!(name(holding("the best in the county")).as_deref(), Some("Ann Cole"));
    assert_eq!(name(holding("a fraud")).as_deref(), Some("Lee Moss"));
    assert_eq!(name(holding("tireless")).as_deref(), Some("Dana Ortiz"));
    assert_ne!(cue(holding("tireless")).as_deref(), Some("She also said"));
    assert_eq!(name(holding("dead on arrival")).as_deref(), Some("Maria Lopez"));
    // (a reply with no one reporting before the quote in its sentence is the quote's)
    assert_eq!(name(holding("a fantasy")).as_deref(), Some("Paul Brandt"));
    assert_eq!(name(holding("not my call")).as_deref(), Some("Ann Cole"));
    assert_eq!(name(holding("We will win the vote")).as_deref(), Some("Maria Lopez"));
    assert_eq!(name(holding("Who pays")).as_deref(), Some("Paul Brandt"));
    assert_eq!(name(holding("We will rebuild")).as_deref(), Some("Lee Moss"));
    assert_eq!(name(holding("pay twice")).as_deref(), Some("Ann Cole"));
    // (the `.` ends no sentence when a lower-case word goes on with it)
    assert_eq!(name(holding("raise the toll again")).as_deref(), Some("Tom Reyes"));
    assert_eq!(name(holding("a tax on work")).as_deref(), Some("Dana Ortiz"));
}

#[test]
fn a_verb_joined_by_and_after_an_opening_phrase_shares_the_sentences_subject() {
    // `Eight years ago, he backed Reyes over Cole and said, “...”`: the opening phrase
    // names no one, so the clause after its comma opens on the subject of both verbs;
    // the name nearest to `said` is the first verb's object. Across a semicolon or a
    // dash that no second dash closes, the verbs joined by `and` have a subject of
    // their own.
    let text = format!(
        "{HEAD}Lee Moss spoke at the pier on Monday. Eight years ago, he backed Tom Reyes over Ann Cole and said, “Cole has done nothing for the harbour.”\n\nLee Moss met Ann Cole at the pier – later Tom Reyes smiled and said, “The pier is safe.”\n\nLee Moss met Ann Cole at the ferry; later Tom Reyes smiled and said, “The ferry is late.”\n\nAnn Cole hugged Lee Moss – her oldest friend – and said, “We did it.”\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "Cole has done").as_deref(), Some("Lee Moss"));
    // (the cue is the joined verb alone, not the first verb's clause with it)
    assert_eq!(quote(&q, "Cole has done").cue.as_ref().map(|c| c.text.as_str()), Some("said"));
    assert_eq!(speaker_name(&sp, &q, "The pier is safe").as_deref(), Some("Tom Reyes"));
    assert_eq!(speaker_name(&sp, &q, "The ferry is late").as_deref(), Some("Tom Reyes"));
    // (an aside between two dashes is no clause of its own)
    assert_eq!(speaker_name(&sp, &q, "We did it").as_deref(), Some("Ann Cole"));
}

#[test]
fn a_name_after_a_preposition_and_a_title_before_a_colon_is_not_the_speaker() {
    // `wrote of Ms. Cole: “...”`: the mention leaves out the title, and the preposition
    // before the title governs the name, as in `wrote of Cole:`; the headline's `Lee Moss
    // on Gov. Ann Cole: “...”` is Moss speaking of Cole
    let text = format!(
        "{HEAD}Another reader, Roland Zeller, wrote of Ms. Cole: “Your plan is a disaster.”\n\nMaria Lopez wrote to Dr. Paul Brandt: “Your bridge is late.”\n\nLee Moss on Gov. Ann Cole: “She has done nothing.”\n\nPaul Brandt, an aide to Sen. Tom Reyes, said: “He is in touch with the harbour.”\n"
    );
    let (sp, q) = run(&text);
    assert_eq!(speaker_name(&sp, &q, "Your plan is").as_deref(), Some("Roland Zeller"));
    assert_eq!(speaker_name(&sp, &q, "Your bridge is").as_deref(), Some("Maria Lopez"));
    assert_eq!(speaker_name(&sp, &q, "She has done").as_deref(), Some("Lee Moss"));
    assert_eq!(speaker_name(&sp, &q, "He is in touch").as_deref(), Some("Paul Brandt"));
}
