//! The claims stage verifies candidate pairs on the threads of the caller's rayon pool
//! (the engine's, sized by `--jobs`); its output must not depend on how many there are.

use stages::contract::Claims;

/// Enough documents that the sentences span several of the ranges the work is cut into
/// (4,096 sentences each), with facts and quotes recurring across documents.
fn corpus() -> Vec<(String, String)> {
    let people = ["Ann Carter", "Tom Reyes", "Dana Ortiz", "Lee Moss", "Kim Jones"];
    let places = ["Toronto", "Ottawa", "Halifax", "Regina", "Victoria", "Calgary"];
    (0..160)
        .map(|d| {
            let mut body = String::from("Council Votes On Budget\n\n");
            for s in 0..40 {
                let k = (d * 7 + s * 13) % 97;
                let who = people[k % people.len()];
                let place = places[(k / 5) % places.len()];
                body.push_str(&format!(
                    "The council in {place} approved {k} new transit projects worth {} million dollars on Tuesday, officials said. ",
                    k * 3 + 11
                ));
                if s % 5 == 0 {
                    body.push_str(&format!("“We will build {k} stations across {place} before the next election,” {who} said. "));
                }
                if s % 4 == 3 {
                    body.push_str("\n\n");
                }
            }
            (format!("{d:03}"), body)
        })
        .collect()
}

fn link_on(threads: usize, docs: &[(String, String)]) -> Claims {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("a thread pool");
    pool.install(|| stages::claims_of(docs))
}

#[test]
fn claims_do_not_depend_on_the_number_of_threads() {
    let docs = corpus();
    let one = link_on(1, &docs);
    assert!(one.claims.len() > 10, "the corpus links: {} claims", one.claims.len());
    assert_eq!(one, link_on(3, &docs));
}
