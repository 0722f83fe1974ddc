//! Paragraph kinds: each rule on small pages written for these tests, and every
//! paragraph of the five seeds.

use stages::contract::ParagraphKind::{self, *};
use stages::segment::segment;

/// Each paragraph's text, kind and rule.
fn kinds(text: &str) -> Vec<(&str, ParagraphKind, String)> {
    segment(text).paragraphs.into_iter().map(|p| (&text[p.span.start()..p.span.end()], p.kind, p.rule)).collect()
}

/// The kind of the paragraph whose text is `line`.
fn kind_of(text: &str, line: &str) -> ParagraphKind {
    kinds(text)
        .into_iter()
        .find(|(t, _, _)| *t == line)
        .map(|(_, k, _)| k)
        .unwrap_or_else(|| panic!("no paragraph {line:?}"))
}

const PROSE: &str = "The council met on Tuesday and voted to close the old library. Residents were not pleased.";
const MORE: &str = "A second vote is planned for the spring, officials said. Nobody expects a different result.";

/// A page with `line` between two prose paragraphs.
fn between(line: &str) -> String {
    format!("{PROSE}\n\n{line}\n\n{MORE}\n")
}

#[test]
fn credit_name_slash_agency_is_credit() {
    for line in ["Maria Lopez/Getty Images", "Tom Fry/AFP/Getty Images", "Jo Park / Getty Images", "Pool/Reuters"] {
        assert_eq!(kind_of(&between(line), line), Credit, "{line}");
    }
}

#[test]
fn credit_agency_pipe_name_is_credit() {
    for line in ["Gettyimages | Lena Hart", "Lena Hart | Instagram", "Ana Cruz | Ed Lowe/Getty Images for Vogue"] {
        assert_eq!(kind_of(&between(line), line), Credit, "{line}");
    }
}

#[test]
fn credit_source_label_is_credit() {
    for line in ["Source: Ed Lowe/Getty", "Photo: Associated Press", "Courtesy of the Hart family"] {
        assert_eq!(kind_of(&between(line), line), Credit, "{line}");
    }
}

#[test]
fn credit_social_handle_is_credit() {
    for line in ["Instagram: @lenahart", "Twitter/@cityhall", "@lenahart"] {
        assert_eq!(kind_of(&between(line), line), Credit, "{line}");
    }
}

#[test]
fn credit_name_via_agency_and_agency_alone_are_credits() {
    for line in ["Dana Whit via Getty Images.", "Getty.", "AP Photo"] {
        assert_eq!(kind_of(&between(line), line), Credit, "{line}");
    }
}

#[test]
fn bare_photographer_name_between_paragraphs_is_credit_where_the_page_has_credits() {
    let page = format!("{PROSE}\n\nJo Park / Getty Images\n\n{MORE}\n\nKevin Marsh\n\n{PROSE}\n");
    assert_eq!(kind_of(&page, "Kevin Marsh"), Credit);
}

#[test]
fn caption_directly_above_its_credit_is_caption() {
    let page = format!("{PROSE}\n\nThe mayor and her husband at the opening\nLena Hart | Instagram\n\n{MORE}\n");
    let k = kinds(&page);
    assert_eq!((k[1].1, k[2].1), (Caption, Credit));
    assert_eq!(k[1].2, "caption-above-credit");
}

#[test]
fn caption_line_above_a_credit_across_a_blank_line_is_caption() {
    let page = format!("{PROSE}\n\n2019 City Awards - Red Carpet\n\nSource: Ed Lowe/Getty\n\n{MORE}\n");
    assert_eq!(kind_of(&page, "2019 City Awards - Red Carpet"), Caption);
}

#[test]
fn prose_above_a_credit_across_a_blank_line_stays_body() {
    let page = format!("Headline Of The Day\n\n{PROSE}\n\nJo Park / Getty Images\n\n{MORE}\n");
    assert_eq!(kind_of(&page, PROSE), Body);
}

#[test]
fn first_title_line_is_headline() {
    let page = format!("Council Closes The Old Library After Long Fight\n\n{PROSE}\n");
    assert_eq!(kinds(&page)[0].1, Headline);
    let question = format!("Will The Library Ever Reopen?\n\n{PROSE}\n");
    assert_eq!(kinds(&question)[0].1, Headline);
}

#[test]
fn headline_after_a_dateline_is_headline() {
    let page = format!("Published on Mar 3, 2021 at 10:15 am ET\n\nCouncil Closes The Old Library\n\n{PROSE}\n");
    let k = kinds(&page);
    assert_eq!((k[0].1, k[1].1), (Dateline, Headline));
}

#[test]
fn short_title_case_line_between_paragraphs_is_heading() {
    let page = format!("The Library Question\n\n{PROSE}\n\nWhat Comes Next\n\n{MORE}\n\nhow the vote went\n\n{PROSE}\n");
    assert_eq!(kind_of(&page, "What Comes Next"), Heading);
    let sentence_case = format!("The Library Question\n\n{PROSE}\n\nWhere the money went\n\n{MORE}\n");
    assert_eq!(kind_of(&sentence_case, "Where the money went"), Heading);
}

#[test]
fn first_title_below_chrome_styled_like_later_headings_is_heading() {
    let page = format!(
        "SIGN UP FOR OUR NEWSLETTER\n\nA Library In Trouble\n\n{PROSE}\n\nMoney Runs Out\n\n{MORE}\n\nA Vote Nobody Wanted\n\n{PROSE}\n"
    );
    assert_eq!(kind_of(&page, "A Library In Trouble"), Heading);
    let styled_apart = format!("A Library In Trouble\n\n{PROSE}\n\nMoney ran out\n\n{MORE}\n\nA vote nobody wanted\n\n{PROSE}\n");
    assert_eq!(kind_of(&styled_apart, "A Library In Trouble"), Headline);
}

#[test]
fn site_chrome_is_furniture() {
    for line in [
        "Next Article",
        "Load Comments",
        "Read More",
        "Advertisement",
        "City Desk Video",
        "GOT A STORY? SEND US A TIP!",
        "CALL US 212.555.0199",
        "Daily Planet Comment Policy",
        "Please read the rules before commenting.",
        "Like the page:",
    ] {
        assert_eq!(kind_of(&between(line), line), Furniture, "{line}");
    }
}

#[test]
fn heading_that_mentions_comments_is_not_furniture() {
    let page = format!("The Library Question\n\n{PROSE}\n\nCommenting On The Budget\n\n{MORE}\n\nMoney Runs Out\n\n{PROSE}\n");
    assert_eq!(kind_of(&page, "Commenting On The Budget"), Heading);
}

#[test]
fn date_lines_are_datelines() {
    for line in ["Updated on Mar 3, 2021. Posted on Mar 2, 2021", "March 3, 2021", "2021-03-03 10:15 GMT", "9:05 p.m."] {
        assert_eq!(kind_of(&between(line), line), Dateline, "{line}");
    }
    assert_eq!(kind_of(&between("30,000."), "30,000."), Body);
}

#[test]
fn author_lines_and_bios_are_bylines() {
    for line in [
        "By Lena Hart and Tom Fry",
        "Lena Hart is a senior reporter for the Daily Planet and lives in Leeds.",
        "Contact Lena Hart at lena.hart@example.com.",
        "Follow Tom Fry on Twitter @tomfry.",
    ] {
        assert_eq!(kind_of(&between(line), line), Byline, "{line}");
    }
}

#[test]
fn pasted_tweet_is_embed() {
    for line in [
        "Proud of this city today https://t.co/AbC123xyz",
        "Proud of this city today — Lena Hart (@lenahart) March 3, 2021",
        "<tweet tweet-id=\"123\"><tweet/>.",
    ] {
        assert_eq!(kind_of(&between(line), line), Embed, "{line}");
    }
}

#[test]
fn prose_that_mentions_agencies_and_slashes_stays_body() {
    for line in [
        "He told Reuters on Monday that the plan and/or its budget would change.",
        "By Tuesday, the council had voted to keep the library open.",
        "Readers can send tips to the newsroom, the editor said in a note to staff last week, and many did.",
    ] {
        assert_eq!(kind_of(&between(line), line), Body, "{line}");
    }
}

#[test]
fn sentences_are_given_for_prose_kinds_only() {
    let page = format!("A Title\n\n{PROSE}\n\nJo Park / Getty Images\n\n{MORE}\n");
    for p in segment(&page).paragraphs {
        assert_eq!(p.sentences.is_empty(), p.kind == Credit, "{:?}", p.kind);
    }
}

/// Every paragraph of the seeds, with the kind it must have. The seeds are the project's
/// corpus; these lines are read back from them.
#[test]
fn every_seed_paragraph_has_the_right_kind() {
    let expect: &[(&str, &[(ParagraphKind, usize)])] = &[
        ("000_d31f45b7f298f60f", &[(Headline, 1), (Credit, 1), (Body, 4), (Credit, 1), (Body, 2)]),
        ("001_e37ff9940fa829ac", &[(Furniture, 1), (Body, 1), (Caption, 1), (Credit, 1), (Body, 14), (Furniture, 2)]),
        (
            "002_84c7d409cb193193",
            &[
                (Furniture, 1), (Heading, 1), (Caption, 1), (Credit, 1), (Body, 2),
                (Heading, 1), (Caption, 1), (Credit, 1), (Body, 4),
                (Heading, 1), (Caption, 1), (Credit, 1), (Body, 4),
                (Heading, 1), (Caption, 1), (Credit, 1), (Body, 5), (Furniture, 2),
            ],
        ),
        (
            "003_65ed1d00470dc92a",
            &[
                (Dateline, 1), (Headline, 1), (Body, 2), (Credit, 1), (Body, 1), (Credit, 1), (Body, 1),
                (Credit, 1), (Body, 2), (Credit, 1), (Body, 2), (Credit, 1), (Body, 3), (Embed, 1),
                (Body, 2), (Credit, 1), (Body, 2), (Credit, 1), (Body, 2), (Credit, 1), (Body, 1),
                (Byline, 2), (Furniture, 1),
            ],
        ),
        (
            "004_e1a94909d1470c85",
            &[
                (Headline, 1), (Body, 2), (Heading, 1), (Caption, 1), (Credit, 1), (Body, 2),
                (Heading, 1), (Body, 4), (Heading, 1), (Body, 3),
            ],
        ),
    ];
    for (doc, runs) in expect {
        let path = format!("{}/../seeds/{doc}.txt", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).expect("seed is readable");
        let got: Vec<ParagraphKind> = segment(&text).paragraphs.iter().map(|p| p.kind).collect();
        let want: Vec<ParagraphKind> = runs.iter().flat_map(|&(k, n)| (0..n).map(move |_| k)).collect();
        assert_eq!(got, want, "{doc}");
    }
}

#[test]
fn lone_question_on_a_page_without_headings_is_body() {
    let page = format!("The Library Question\n\n{PROSE}\n\nWhy would anyone close it?\n\n{MORE}\n");
    assert_eq!(kind_of(&page, "Why would anyone close it?"), Body);
}

#[test]
fn interview_turns_are_not_headings() {
    let page = format!("The Library Question\n\n{PROSE}\n\nQ: Will it reopen\n\n{MORE}\n");
    assert_eq!(kind_of(&page, "Q: Will it reopen"), Body);
}

#[test]
fn title_case_headline_of_two_sentences_is_headline() {
    let page = format!("The Library Closed. Will It Ever Reopen?\n\n{PROSE}\n");
    assert_eq!(kinds(&page)[0].1, Headline);
}

#[test]
fn line_with_an_open_quotation_is_not_a_heading() {
    let page = format!("The Library Question\n\nThe mayor said: \"The doors close in May and the shelves go in June\n\n{MORE}\n");
    assert_eq!(kind_of(&page, "The mayor said: \"The doors close in May and the shelves go in June"), Body);
}
