//! Sentence splitting: the hard cases of news text, and the "golden rules" of English
//! sentence segmentation (Pragmatic Segmenter, pySBD), each on sentences written for
//! these tests.

use stages::segment::segment;

/// The sentences of a one-paragraph text.
fn sentences(text: &str) -> Vec<&str> {
    let segments = segment(text);
    assert_eq!(segments.paragraphs.len(), 1, "one paragraph expected: {:?}", segments.paragraphs);
    let p = &segments.paragraphs[0];
    assert!(!p.sentences.is_empty(), "{:?} has no sentences", p.kind);
    p.sentences.iter().map(|s| &text[s.start()..s.end()]).collect()
}

#[test]
fn simple_period_ends_a_sentence() {
    assert_eq!(sentences("The bus was late. Nobody minded."), ["The bus was late.", "Nobody minded."]);
}

#[test]
fn question_and_exclamation_marks_end_sentences() {
    assert_eq!(sentences("Where is the key? It is here! Take it."), ["Where is the key?", "It is here!", "Take it."]);
}

#[test]
fn initial_before_a_surname_does_not_split() {
    assert_eq!(sentences("The report was written by Maya R. Okafor last spring."), ["The report was written by Maya R. Okafor last spring."]);
}

#[test]
fn lower_case_single_letter_abbreviation_does_not_split() {
    assert_eq!(sentences("The chart is on p. 12 of the filing."), ["The chart is on p. 12 of the filing."]);
}

#[test]
fn abbreviation_inside_a_sentence_does_not_split() {
    assert_eq!(sentences("Did Tom and co. leave early?"), ["Did Tom and co. leave early?"]);
    assert_eq!(sentences("The firm Hale, Ruiz & Co. signed on Friday."), ["The firm Hale, Ruiz & Co. signed on Friday."]);
}

#[test]
fn abbreviation_that_ends_a_sentence_splits() {
    assert_eq!(sentences("I'm here in L.A. We've both got growing families."), ["I'm here in L.A.", "We've both got growing families."]);
    assert_eq!(sentences("Ask Tom and co. They will know."), ["Ask Tom and co.", "They will know."]);
    assert_eq!(sentences("The deal went to Hale & Co. It closed on Monday."), ["The deal went to Hale & Co.", "It closed on Monday."]);
    assert_eq!(sentences("We moved to the E.U. How about you?"), ["We moved to the E.U.", "How about you?"]);
}

#[test]
fn title_abbreviations_do_not_split() {
    assert_eq!(
        sentences("Sen. Ada Brooks met Mr. Cole and Dr. Lim near Mt. Rainier on St. Paul's day."),
        ["Sen. Ada Brooks met Mr. Cole and Dr. Lim near Mt. Rainier on St. Paul's day."]
    );
}

#[test]
fn month_abbreviation_before_a_day_does_not_split() {
    assert_eq!(sentences("The vote was held on Jun. 4 in the capital."), ["The vote was held on Jun. 4 in the capital."]);
}

#[test]
fn possessive_after_an_abbreviation_does_not_split() {
    assert_eq!(sentences("That is Sam Reyes Jr.'s car."), ["That is Sam Reyes Jr.'s car."]);
}

#[test]
fn us_before_a_noun_does_not_split_but_before_a_pronoun_does() {
    assert_eq!(sentences("She works for the U.S. Navy in Norfolk."), ["She works for the U.S. Navy in Norfolk."]);
    assert_eq!(sentences("He has lived in the U.S. for ten years."), ["He has lived in the U.S. for ten years."]);
    assert_eq!(sentences("They flew to the U.S.A. last month."), ["They flew to the U.S.A. last month."]);
    assert_eq!(sentences("She grew up in the U.S. Her brother did not."), ["She grew up in the U.S.", "Her brother did not."]);
}

#[test]
fn am_and_pm_split_only_where_a_sentence_ends() {
    assert_eq!(
        sentences("By 7 a.m. Ms. Dunn was at her desk. She left at 9 P.M. Ms. Dunn then drove home."),
        ["By 7 a.m. Ms. Dunn was at her desk.", "She left at 9 P.M.", "Ms. Dunn then drove home."]
    );
}

#[test]
fn decimal_numbers_and_money_do_not_split() {
    assert_eq!(
        sentences("They bought a $14.5 million ranch. Prices rose 3.2 percent."),
        ["They bought a $14.5 million ranch.", "Prices rose 3.2 percent."]
    );
    assert_eq!(sentences("He paid $250.00. It was too much."), ["He paid $250.00.", "It was too much."]);
}

#[test]
fn parenthetical_sentence_inside_a_sentence_does_not_split() {
    assert_eq!(
        sentences("She studied law (her father had been a judge.) at a small college."),
        ["She studied law (her father had been a judge.) at a small college."]
    );
}

#[test]
fn parenthetical_sentence_after_a_quote_splits() {
    assert_eq!(
        sentences("\"It is part of life.\" (The pair bought a $3.5 million home in 2019.)"),
        ["\"It is part of life.\"", "(The pair bought a $3.5 million home in 2019.)"]
    );
}

#[test]
fn email_addresses_do_not_split() {
    assert_eq!(
        sentences("Her address is tom.ray@news.example.org. She answers quickly."),
        ["Her address is tom.ray@news.example.org.", "She answers quickly."]
    );
}

#[test]
fn urls_do_not_split() {
    assert_eq!(
        sentences("The filing is at https://www.example.gov/docs/v2.1/report_final.pdf. Read it first."),
        ["The filing is at https://www.example.gov/docs/v2.1/report_final.pdf.", "Read it first."]
    );
}

#[test]
fn quoted_sentence_followed_by_lower_case_does_not_split() {
    assert_eq!(sentences("He looked up, 'That was close.' he said."), ["He looked up, 'That was close.' he said."]);
    assert_eq!(sentences("He looked up, \"That was close.\" he said."), ["He looked up, \"That was close.\" he said."]);
    assert_eq!(sentences("“Was it you?” she asked."), ["“Was it you?” she asked."]);
}

#[test]
fn sentence_final_quote_mark_stays_with_its_sentence() {
    assert_eq!(
        sentences("He looked up, \"That was close.\" Then he ran."),
        ["He looked up, \"That was close.\"", "Then he ran."]
    );
    assert_eq!(
        sentences("They sang “Home” and “Gone Away.” Later, they left."),
        ["They sang “Home” and “Gone Away.”", "Later, they left."]
    );
}

#[test]
fn multi_sentence_quote_splits_inside_the_quote() {
    assert_eq!(
        sentences("“We are not close. We were once. That is life,” she said. “It happens.”"),
        ["“We are not close.", "We were once.", "That is life,” she said.", "“It happens.”"]
    );
}

#[test]
fn double_punctuation_ends_one_sentence() {
    assert_eq!(sentences("Wow!! That was fast."), ["Wow!!", "That was fast."]);
    assert_eq!(sentences("Really?? I doubt it."), ["Really??", "I doubt it."]);
    assert_eq!(sentences("What!? Say that again."), ["What!?", "Say that again."]);
    assert_eq!(sentences("Now?! We just got here."), ["Now?!", "We just got here."]);
}

#[test]
fn numbered_lists_split_at_each_item() {
    assert_eq!(sentences("1.) Open the box 2.) Remove the lid"), ["1.) Open the box", "2.) Remove the lid"]);
    assert_eq!(sentences("1.) Open the box. 2.) Remove the lid."), ["1.) Open the box.", "2.) Remove the lid."]);
    assert_eq!(sentences("1) Open the box 2) Remove the lid"), ["1) Open the box", "2) Remove the lid"]);
    assert_eq!(sentences("1) Open the box. 2) Remove the lid."), ["1) Open the box.", "2) Remove the lid."]);
    assert_eq!(sentences("1. Open the box 2. Remove the lid"), ["1. Open the box", "2. Remove the lid"]);
    assert_eq!(sentences("1. Open the box. 2. Remove the lid."), ["1. Open the box.", "2. Remove the lid."]);
}

#[test]
fn bulleted_and_lettered_lists_split_at_each_item() {
    assert_eq!(sentences("• 4. Open the box • 5. Remove the lid"), ["• 4. Open the box", "• 5. Remove the lid"]);
    assert_eq!(sentences("⁃4. Open the box ⁃5. Remove the lid"), ["⁃4. Open the box", "⁃5. Remove the lid"]);
    assert_eq!(
        sentences("a. Open the box b. Remove the lid c. Lift the tray"),
        ["a. Open the box", "b. Remove the lid", "c. Lift the tray"]
    );
}

#[test]
fn numero_sign_and_dotted_numbers_do_not_split() {
    assert_eq!(
        sentences("The parcel is lot N°. 4471.220.918. That is the old one."),
        ["The parcel is lot N°. 4471.220.918.", "That is the old one."]
    );
}

#[test]
fn exclamation_in_a_name_does_not_split() {
    assert_eq!(sentences("He once worked at Yahoo! in the ad team."), ["He once worked at Yahoo! in the ad team."]);
}

#[test]
fn pronoun_i_ends_a_sentence_but_initial_i_does_not() {
    assert_eq!(
        sentences("The winners were Jo and I. Have you met Carla I. Mendes?"),
        ["The winners were Jo and I.", "Have you met Carla I. Mendes?"]
    );
}

#[test]
fn ellipsis_at_the_end_of_a_quotation_stays_inside() {
    assert_eq!(
        sentences("She wrote that a simple life, “makes the rules seem fewer. . . .”"),
        ["She wrote that a simple life, “makes the rules seem fewer. . . .”"]
    );
}

#[test]
fn bracketed_ellipsis_does_not_split() {
    assert_eq!(
        sentences("\"The court [...] reversed the ruling [...]\" (Doe 12)."),
        ["\"The court [...] reversed the ruling [...]\" (Doe 12)."]
    );
}

#[test]
fn four_dot_ellipsis_ends_a_sentence() {
    assert_eq!(sentences("Mark the end with a period . . . . Then go on."), ["Mark the end with a period . . . .", "Then go on."]);
    assert_eq!(sentences("She never said that.... He left the room."), ["She never said that....", "He left the room."]);
}

#[test]
fn pause_ellipsis_does_not_split() {
    assert_eq!(
        sentences("It wasn’t really ... well, what I mean...look . . . what I'm saying is . . . I didn’t know."),
        ["It wasn’t really ... well, what I mean...look . . . what I'm saying is . . . I didn’t know."]
    );
}

#[test]
fn ellipsis_after_a_period_opens_the_next_sentence() {
    assert_eq!(
        sentences("One habit faded . . . over the years. . . . The other did not."),
        ["One habit faded . . . over the years.", ". . . The other did not."]
    );
    assert_eq!(
        sentences("It was about the music. ... He is elsewhere now."),
        ["It was about the music.", "... He is elsewhere now."]
    );
}

#[test]
fn unicode_ellipsis_before_a_capital_splits() {
    assert_eq!(sentences("His views were strong… He never pushed them."), ["His views were strong…", "He never pushed them."]);
    assert_eq!(sentences("It was late… and cold."), ["It was late… and cold."]);
}

#[test]
fn stray_opening_quote_starts_a_new_sentence() {
    assert_eq!(
        sentences("\"We go our own way. \"He lives up north. I live here.\""),
        ["\"We go our own way.", "\"He lives up north.", "I live here.\""]
    );
}

#[test]
fn sentences_without_final_punctuation_keep_their_tail() {
    assert_eq!(sentences("Before the vote. After it"), ["Before the vote.", "After it"]);
}

#[test]
fn quote_followed_by_its_attribution_does_not_split() {
    assert_eq!(sentences("“We will win.” Mayor Diaz said on Monday."), ["“We will win.” Mayor Diaz said on Monday."]);
    assert_eq!(sentences("“Is it over?” Tom asked. Nobody answered."), ["“Is it over?” Tom asked.", "Nobody answered."]);
}

#[test]
fn a_verb_of_speech_with_its_own_clause_after_a_quote_opens_a_sentence() {
    // what follows the quote is the next report, not the quote's attribution
    assert_eq!(
        sentences("He keeps the old ferry tickets “as a small piece of my childhood.” He said he remembers every crossing."),
        ["He keeps the old ferry tickets “as a small piece of my childhood.”", "He said he remembers every crossing."]
    );
    assert_eq!(
        sentences("Drivers should be “extra careful tonight.” She added that the bridge is not yet finished."),
        ["Drivers should be “extra careful tonight.”", "She added that the bridge is not yet finished."]
    );
    // an addressee after `told` is no clause: the attribution stays with its quote
    assert_eq!(sentences("“We will win.” Diaz told the Herald."), ["“We will win.” Diaz told the Herald."]);
    // nor is a time, a preposition's phrase or an adverb
    assert_eq!(sentences("“We will win.” Diaz said Friday in Eastvale."), ["“We will win.” Diaz said Friday in Eastvale."]);
    assert_eq!(sentences("“Who pays?” Diaz asked rhetorically."), ["“Who pays?” Diaz asked rhetorically."]);
    assert_eq!(sentences("“Who pays?” Diaz asked her followers on Twitter."), ["“Who pays?” Diaz asked her followers on Twitter."]);
    // a clause with a noun for its subject, a name's, an infinitive or a time and `that`
    // are the verb's own: it opens the next sentence
    for (quote, next) in [
        ("The ban is “unacceptable to us.”", "He said voters “know what happens.”"),
        ("The ban is “unacceptable to us.”", "He said both Cole and Brandt are weak."),
        ("“We will win.”", "Diaz pledged to move the office to Eastvale."),
        ("“We will win.”", "Diaz warned Saturday that the vote was close."),
    ] {
        assert_eq!(sentences(&format!("{quote} {next}")), [quote, next]);
    }
}

#[test]
fn place_abbreviation_before_a_wire_credit_does_not_split() {
    assert_eq!(sentences("SALEM, Ore. (AP) — The vote was close."), ["SALEM, Ore. (AP) — The vote was close."]);
    assert_eq!(sentences("CONCORD, N.H. (AP) — The vote was close."), ["CONCORD, N.H. (AP) — The vote was close."]);
}
