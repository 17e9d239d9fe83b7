#!/usr/bin/env python3
"""Writes the malformed dataset fixtures used by MalformedDatasetTest.

Each fixture is minimal.json with one deliberate fault, or a few to show that they are all
reported at once (several-problems-at-once, and the schema-and-... cases). The expected problems live beside each
fixture in a .expected file, written by hand after checking each against the fault (the test
asserts the loader's output equals it exactly). Re-run only to add cases; do not regenerate
.expected files blindly.
"""
import pathlib

here = pathlib.Path(__file__).resolve().parents[1] / "resources" / "datasets"
base = (here / "minimal.json").read_text(encoding="utf-8")
out = here / "malformed"
out.mkdir(exist_ok=True)


def sub(old, new, count=1):
    def apply(text):
        assert old in text, old
        return text.replace(old, new, count)
    return apply


def nest(depth):
    return sub('"places": ["shimoda"],', '"places": ["shimoda"], "tags": ' + "[" * depth + "]" * depth + ",")


cases = {
    "syntax-missing-comma": sub('"formatVersion": 1,', '"formatVersion": 1'),
    "syntax-trailing-comma": sub('"actors": ["japan", "russian-empire"]', '"actors": ["japan", "russian-empire",]'),
    "syntax-truncated": lambda t: t[: t.index('"places": [\n')],
    "syntax-single-quotes": sub('"title": "Minimal test dataset"', "'title': 'Minimal test dataset'"),
    "syntax-comment": sub('"formatVersion": 1,', '"formatVersion": 1, // version'),
    "syntax-trailing-content": lambda t: t + "{}\n",
    "syntax-duplicate-key": sub('"title": "Minimal test dataset",', '"title": "Minimal test dataset",\n  "title": "Again",'),
    "empty-file": lambda t: "",
    "whitespace-only": lambda t: "  \n\n ",
    "nesting-too-deep": nest(70),
    "type-importance-string": sub('"importance": 1, "actors": ["japan"', '"importance": "1", "actors": ["japan"'),
    "type-title-number": sub('"title": "Treaty of Shimoda"', '"title": 1855'),
    "type-islands-not-array": sub('"islands": ["kunashiri-kunashir"], "quotations"', '"islands": "kunashiri-kunashir", "quotations"'),
    "required-missing-summary": sub('"summary": "Soviet forces occupy the island.", ', ''),
    "unknown-property": sub('"summary": "Soviet forces occupy the island."', '"summery": "Soviet forces occupy the island."'),
    "enum-category": sub('"category": "treaty"', '"category": "treaties"'),
    "const-format-version": sub('"formatVersion": 1,', '"formatVersion": 2,'),
    "pattern-id-uppercase": sub('{ "id": "treaty-1855"', '{ "id": "Treaty-1855"'),
    "pattern-date-format": sub('"date": "1855-02-07"', '"date": "07-02-1855"'),
    "date-impossible-day": sub('"date": "1945-09", "title"', '"date": "1956-02-30", "title"'),
    "date-impossible-month": sub('"date": "1945-09", "title"', '"date": "1945-13", "title"'),
    "date-impossible-in-administration": sub('"from": "1945-09-03", "beganWith"', '"from": "1945-09-31", "beganWith"'),
    "ref-unknown-actor": sub('"actors": ["ussr"]', '"actors": ["soviet-union"]'),
    "ref-unknown-island": sub('{ "island": "urup", "administrator"', '{ "island": "uruppu", "administrator"'),
    "ref-unknown-event": sub('"beganWith": "occupation-1945" },\n    { "island": "habomai"', '"beganWith": "occupation-of-1945" },\n    { "island": "habomai"'),
    "ref-unknown-source": sub('"sources": [{ "source": "column", "locator": "1855" }]', '"sources": [{ "source": "brown-2019", "locator": "1855" }]'),
    "ref-unknown-place": sub('"places": ["shimoda"]', '"places": ["shimoda-port"]'),
    "ref-unknown-tour-event": sub('{ "event": "occupation-1945", "caption"', '{ "event": "occupation", "caption"'),
    "ref-unknown-partof": sub('"partOf": "habomai"', '"partOf": "habomai-group"'),
    "ref-unknown-token": sub('"title": "Soviet occupation of {{kunashiri-kunashir}}"', '"title": "Soviet occupation of {{kunashir}}"'),
    "duplicate-event-id": sub('{ "id": "occupation-1945"', '{ "id": "treaty-1855"'),
    "duplicate-island-id": sub('{ "id": "urup"', '{ "id": "habomai"'),
    "end-before-start": sub('"date": "1945-09", "title"', '"date": "1945-09", "endDate": "1945-08-15", "title"'),
    "administration-end-before-start": sub('"from": "1855-02-07", "to": "1875-05-07", "beganWith"', '"from": "1875-05-07", "to": "1855-02-07", "beganWith"'),
    "administration-overlap": sub('"administrator": "ussr", "from": "1945-09-01"', '"administrator": "ussr", "from": "1945-08-01"'),
    "administration-open-overlap": sub('"to": "1945-09-03", "beganWith": "treaty-1855" }', '"beganWith": "treaty-1855" }'),
    "event-without-source": sub('"sources": [{ "source": "column", "locator": "1855" }]', '"sources": []'),
    "poll-values-mismatch": sub('"values": [60.0, 40.0]', '"values": [60.0, 30.0, 10.0]'),
    "poll-percentage-out-of-range": sub('"values": [60.0, 40.0]', '"values": [160.0, 40.0]'),
    "url-javascript": sub('"date": "2019-01-23", "kind": "journalism"', '"date": "2019-01-23", "url": "javascript:alert(1)", "kind": "journalism"'),
    "url-file": sub('"date": "2019-01-23", "kind": "journalism"', '"date": "2019-01-23", "url": "file:///etc/passwd", "kind": "journalism"'),
    "border-bad-position": sub('[[148.9, 45.3], [149.3, 45.7]]', '[[148.9, 45.3], [149.3]]'),
    "several-problems-at-once": lambda t: sub('"actors": ["ussr"]', '"actors": ["soviet-union"]')(
        sub('"date": "1945-09", "title"', '"date": "1945-02-30", "title"')(
            sub('"places": ["shimoda"]', '"places": ["shimoda-port"]')(t))),
}

for index, (name, transform) in enumerate(cases.items(), start=1):
    (out / f"{index:02d}-{name}.json").write_text(transform(base), encoding="utf-8")

(out / f"{len(cases) + 1:02d}-byte-order-mark.json").write_bytes(b"\xef\xbb\xbf" + base.encode("utf-8"))
latin1 = base.replace('"title": "Treaty of Shimoda"', '"title": "Traité de Shimoda"').encode("latin-1", errors="replace")
(out / f"{len(cases) + 2:02d}-not-utf8.json").write_bytes(latin1)
# Cases added after the two encoding fixtures, numbered after them so that no earlier fixture is renamed.
later_cases = {
    "default-range-reversed": sub('"defaultRange": { "from": "1855", "to": "2024" }', '"defaultRange": { "from": "2024", "to": "1855" }'),
    # A schema problem and a problem of meaning elsewhere: both are reported at once.
    "schema-and-impossible-date": lambda t: sub('"importance": 1, "actors": ["japan"', '"importance": "1", "actors": ["japan"')(
        sub('"date": "1945-09", "title"', '"date": "1956-02-30", "title"')(t)),
    # The event with the schema problem is left out, but its id still counts: the later event that reuses it is a duplicate.
    "schema-and-duplicate-id": lambda t: sub('"category": "treaty"', '"category": "treaties"')(
        sub('{ "id": "occupation-1945"', '{ "id": "treaty-1855"')(t)),
    # administration[0] is left out; the unknown island of the period after it keeps its index in the file, [4];
    # the references to the left-out event occupation-1945 are not unknown.
    "schema-and-unknown-reference": lambda t: sub('"administrator": "japan", "from": "1855-02-07", "to": "1945-09-01"', '"administrator": 1855, "from": "1855-02-07", "to": "1945-09-01"')(
        sub('{ "island": "urup", "administrator"', '{ "island": "uruppu", "administrator"')(
            sub('"summary": "Soviet forces occupy the island.", ', '')(t))),
    # An event id that breaks the schema cannot be read: references to events are not judged, references to actors are.
    "schema-bad-id-and-unknown-reference": lambda t: sub('{ "id": "treaty-1855"', '{ "id": "Treaty-1855"')(
        sub('"actors": ["ussr"]', '"actors": ["soviet-union"]')(t)),
    # A whole top-level array the schema rejects (here misspelt, so missing) leaves references into it unjudged; the rest is checked.
    "schema-missing-islands-and-impossible-date": lambda t: sub('"islands": [\n', '"islandz": [\n')(
        sub('"date": "1945-09", "title"', '"date": "1945-02-30", "title"')(t)),
    # The later of two events with one id is left out: the duplicate is still reported, at the later one.
    "schema-and-duplicate-id-left-out": lambda t: sub('{ "id": "occupation-1945"', '{ "id": "treaty-1855"')(
        sub('"summary": "Soviet forces occupy the island.", ', '')(t)),
    # With no object to map, the schema's problem is the only one.
    "root-not-an-object": lambda t: "[" + t + "]\n",
    # A kind of source the schema does not know would trip the mapping, which runs beside the schema
    # check as if the file were valid: the schema's problem is reported, with the impossible date.
    "schema-unknown-source-kind-and-impossible-date": lambda t: sub('"date": "2019-01-23", "kind": "journalism"', '"date": "2019-01-23", "kind": "blog"')(
        sub('"date": "1945-09", "title"', '"date": "1945-02-30", "title"')(t)),
    # A tour step's view must be degrees on the globe: 1e308 passed the schema and stopped the tour's map.
    "tour-view-off-the-globe": sub('{ "event": "treaty-1855", "caption": "The first border." }',
        '{ "event": "treaty-1855", "caption": "The first border.", "view": { "west": 145, "south": 43, "east": 1e308, "north": 95 } }'),
}
for index, (name, transform) in enumerate(later_cases.items(), start=len(cases) + 3):
    (out / f"{index:02d}-{name}.json").write_text(transform(base), encoding="utf-8")
print(len(cases) + 2 + len(later_cases), "fixtures")
