//! What a person changed in a file, relative to the machine output it started from.
//!
//! Items are compared by `id` in every top-level list whose items have one (paragraphs,
//! speakers, quotes, claims); other lists are compared whole. Each change is one line:
//! `added`, `deleted`, or `changed` with the fields that differ, old and new.

use serde_yaml::{Mapping, Value};

/// The changes from `machine` to `person` (two file bodies), one line each, in the
/// order the items stand in the files.
pub fn list(machine: &str, person: &str) -> Result<Vec<String>, String> {
    let parse = |body: &str| serde_yaml::from_str::<Value>(body).map_err(|e| e.to_string());
    let (machine, person) = (parse(machine)?, parse(person)?);
    let empty = Mapping::new();
    let (m, p) = (machine.as_mapping().unwrap_or(&empty), person.as_mapping().unwrap_or(&empty));
    let mut lines = Vec::new();
    let mut keys: Vec<&Value> = m.keys().collect();
    keys.extend(p.keys().filter(|k| !m.contains_key(*k)));
    for key in keys {
        let name = scalar(key);
        let (old, new) = (m.get(key), p.get(key));
        if old == new {
            continue;
        }
        let (old_items, new_items) = (items_by_id(old), items_by_id(new));
        match (old_items, new_items) {
            (Some(old_items), Some(new_items)) => diff_items(&name, &old_items, &new_items, &mut lines),
            _ => lines.push(format!("{name}: changed")),
        }
    }
    Ok(lines)
}

fn find<'a>(items: &[(String, &'a Mapping)], id: &str) -> Option<&'a Mapping> {
    items.iter().find(|(i, _)| i == id).map(|(_, m)| *m)
}

/// The items of a list whose every item is a mapping with an `id`, as (id, item).
fn items_by_id(list: Option<&Value>) -> Option<Vec<(String, &Mapping)>> {
    match list {
        None | Some(Value::Null) => Some(Vec::new()),
        Some(Value::Sequence(items)) => items
            .iter()
            .map(|item| {
                let map = item.as_mapping()?;
                let id = map.get("id").map(scalar).filter(|id| !id.is_empty()).unwrap_or_else(|| "(no id)".to_string());
                Some((id, map))
            })
            .collect(),
        Some(_) => None,
    }
}

fn diff_items(list: &str, old: &[(String, &Mapping)], new: &[(String, &Mapping)], lines: &mut Vec<String>) {
    for (id, item) in old {
        if find(new, id).is_none() {
            lines.push(format!("{list}: deleted {id}{}", summary(item)));
        }
    }
    for (id, item) in new {
        match find(old, id) {
            None => lines.push(format!("{list}: added {id}{}", summary(item))),
            Some(before) if before != *item => {
                let mut fields: Vec<&Value> = before.keys().collect();
                fields.extend(item.keys().filter(|k| !before.contains_key(*k)));
                let changes: Vec<String> = fields
                    .into_iter()
                    .filter(|k| before.get(*k) != item.get(*k))
                    .map(|k| format!("{} {} -> {}", scalar(k), shown(before.get(k)), shown(item.get(k))))
                    .collect();
                lines.push(format!("{list}: changed {id}: {}", changes.join("; ")));
            }
            Some(_) => {}
        }
    }
}

fn summary(item: &Mapping) -> String {
    let span = item.get("span").map(scalar).map(|s| format!(" {s}")).unwrap_or_default();
    let text = item.get("text").or_else(|| item.get("name")).map(|t| format!(" {:?}", short(&scalar(t)))).unwrap_or_default();
    format!("{span}{text}")
}

fn shown(value: Option<&Value>) -> String {
    match value {
        None => "(absent)".to_string(),
        Some(Value::Mapping(_)) | Some(Value::Sequence(_)) => "(changed)".to_string(),
        Some(Value::String(s)) => format!("{:?}", short(s)),
        Some(v) => scalar(v),
    }
}

fn scalar(value: &Value) -> String {
    match value {
        Value::Null => "null".to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.clone(),
        Value::Tagged(t) => scalar(&t.value),
        Value::Sequence(_) | Value::Mapping(_) => "(...)".to_string(),
    }
}

fn short(s: &str) -> String {
    const MAX: usize = 50;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        s.chars().take(MAX).collect::<String>() + "…"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_added_deleted_and_changed_items_by_id() {
        let machine = "quotes:\n  - id: q-a\n    span: 1..5\n    text: abcd\n    speaker: ann\n  - id: q-b\n    span: 7..9\n    text: xy\n    speaker: null\n";
        let person = "quotes:\n  - id: q-a\n    span: 1..5\n    text: abcd\n    speaker: bo\n  - span: 10..12\n    text: zz\n";
        assert_eq!(
            list(machine, person).unwrap(),
            ["quotes: deleted q-b 7..9 \"xy\"", "quotes: changed q-a: speaker \"ann\" -> \"bo\"", "quotes: added (no id) 10..12 \"zz\""]
        );
    }

    #[test]
    fn a_speaker_kind_set_by_hand_is_listed() {
        let machine = "speakers:\n  - id: kimmy\n    name: Kimmy\n    mentions: []\n";
        let person = "speakers:\n  - id: kimmy\n    name: Kimmy\n    kind: group\n    mentions: []\n";
        assert_eq!(list(machine, person).unwrap(), ["speakers: changed kimmy: kind (absent) -> \"group\""]);
    }

    #[test]
    fn identical_bodies_have_no_changes() {
        let body = "quotes:\n  - id: q-a\n    span: 1..5\n    text: abcd\n";
        assert!(list(body, body).unwrap().is_empty());
    }
}
