"""Query commands: ``ask``, ``positions``, ``who``, ``compare`` and ``matrix``.

Each command opens the store, calls one function of ``stancegraph.queries`` and formats
the result: a table for people, ``--json`` for scripts. The CLI imports this module
only when one of these commands runs; nothing here imports spaCy.
"""

from __future__ import annotations

import csv
import json
import sys

import click

from stancegraph.commands.options import reports_errors, store_option

json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
evidence_option = click.option(
    "--evidence",
    "evidence_count",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Evidence quotes to show for each answer.",
)


@click.command()
@click.argument("question")
@json_option
@evidence_option
@store_option
@reports_errors
def ask(question, as_json, evidence_count, store):
    """Answer an English question from the graph, with the evidence behind it.

    QUESTION may ask who holds a stance on a topic, what an actor demands, proposes,
    rejects or has conceded, where two actors disagree or agree, who accused whom, which
    infrastructure an actor wants protected, or where a party contradicts itself. The
    answer is grouped by party, then speaker: stance, topic, the number of documents and
    the best quote with its document. A question that cannot be mapped prints what was
    understood and the closest topics and actors, and exits with status 1.

    \b
    Example:
      stancegraph ask "who rejects foreign troops?" --store negotiations.store
      stancegraph ask "where do Russia and Ukraine disagree?" --json --evidence 2
    """
    from stancegraph.queries import ask as ask_question

    view = _open(store)
    response = ask_question(view, question)
    if as_json:
        click.echo(json.dumps(response.to_dict(evidence_count), indent=2, ensure_ascii=False))
        if not response.understood:
            sys.exit(1)
        return
    if not response.understood:
        raise click.ClickException(response.message)
    click.echo(f"Read as: {response.interpretation.describe(view)}")
    for note in response.interpretation.notes:
        click.echo(f"  note: {note}")
    if response.message:
        click.echo(response.message)
        if not response.undated:
            return
    intent = response.interpretation.intent
    if intent in ("disagreements", "common_ground", "compare"):
        _echo_comparisons(view, response.disagreements, response.common_ground, evidence_count,
                          show_disagreements=intent != "common_ground",
                          show_common=intent != "disagreements", partly=response.partly)
    elif intent == "contradictions":
        _echo_contradictions(view, response.contradictions, evidence_count)
    elif intent == "changes":
        _echo_histories(response.histories, evidence_count)
    else:
        if intent == "infrastructure":
            _echo_categories(view, response.categories)
        _echo_answers(view, response.answers, evidence_count)
    if response.undated:
        click.echo(f"\nUndated (no publication date; not placed before or after "
                   f"{response.interpretation.period.text!r}):")
        _echo_answers(view, response.undated, evidence_count)


@click.command()
@click.argument("actor")
@click.option("--stance", default=None,
              help="Only this stance: demand, propose, support, reject, concede, accuse, "
              "for or against.")
@click.option("--topic", default=None,
              help="Only this topic (an id or its words) and its sub-topics.")
@click.option("--without-people", is_flag=True,
              help="For a party, leave out the people speaking for it.")
@json_option
@evidence_option
@store_option
@reports_errors
def positions(actor, stance, topic, without_people, as_json, evidence_count, store):
    """List every position of an actor, grouped by stance.

    ACTOR is an id, a name, an alias or a title ("russia", "Kremlin", "Putin"). A party
    includes the people speaking for it, shown as the speaker.

    \b
    Example:
      stancegraph positions russia --store negotiations.store
      stancegraph positions "Zelenskyy" --stance demand --json
    """
    from stancegraph.queries import positions as find_positions

    from stancegraph.queries import stances_of

    view, index = _open_index(store)
    actor_id = _resolve(index.resolve_actor, actor, "ACTOR")
    reading = _resolve(index.read_topic, topic, "--topic") if topic else None
    topic_id = reading.topic if reading else None
    stances = _checked(lambda: stances_of(stance), "--stance") if stance else None
    notes = []
    if stances and reading and reading.opposite:
        stances, note = _reversed(view, stances, reading)
        notes.append(note)
    answers = _checked(lambda: find_positions(
        view, actor_id, stance=stances, topic=topic_id, include_people=not without_people
    ), "--stance")
    interpretation = _interpretation(
        f"positions {actor}", "positions", actors=(actor_id,), stances=stances or (),
        topics=(topic_id,) if topic_id else (), notes=notes)
    if as_json:
        _echo_json({"actor": actor_id, "stance": stance, "topic": topic_id,
                    "read_as": interpretation.describe(view), "notes": notes,
                    "answers": [a.to_dict(evidence_count) for a in answers]})
        return
    _echo_reading(view, interpretation)
    click.echo(f"Positions of {view.actor_name(actor_id)} ({actor_id})"
               + (", with the people speaking for it" if not without_people
                  and view.actors[actor_id].is_party else ""))
    if not answers:
        click.echo("No claim in the store matches.")
        return
    for current in dict.fromkeys(a.stance for a in answers):
        click.echo(f"\n{current}")
        _echo_rows(view, [a for a in answers if a.stance == current], evidence_count,
                   indent="  ")


@click.command()
@click.argument("stance")
@click.argument("topic")
@json_option
@evidence_option
@store_option
@reports_errors
def who(stance, topic, as_json, evidence_count, store):
    """List the actors taking STANCE on TOPIC, grouped by party.

    STANCE is demand, propose, support, reject, concede, for, against, any or accuse.
    TOPIC is a topic id or its words ("foreign troops"); it includes its sub-topics. For
    accuse, TOPIC names the accused actor, or what the accusation is about.

    \b
    Example:
      stancegraph who reject foreign_troops_in_ukraine --store negotiations.store
      stancegraph who for "NATO membership" --json
      stancegraph who accuse Russia
    """
    from stancegraph.queries import accusations, stances_of
    from stancegraph.queries import who as find_who

    view, index = _open_index(store)
    stances = _checked(lambda: stances_of(stance), "STANCE")
    notes = []
    if stances == ("accuse",):
        target, topic_id = _accused(index, topic)
        answers = accusations(view, target=target, topic=topic_id,
                              include_without_topic=topic_id is None)
        subject = {"target": target} if target else {"topic": topic_id}
        interpretation = _interpretation(
            f"who {stance} {topic}", "accusations", stances=stances, target=target,
            topics=(topic_id,) if topic_id else ())
    else:
        reading = _resolve(index.read_topic, topic, "TOPIC")
        topic_id = reading.topic
        if reading.opposite:
            stances, note = _reversed(view, stances, reading)
            notes.append(note)
        answers = find_who(view, stances, topic_id)
        subject = {"topic": topic_id}
        interpretation = _interpretation(f"who {stance} {topic}", "who", stances=stances,
                                         topics=(topic_id,), notes=notes)
    if as_json:
        from stancegraph.queries.answers import summarise_parties

        _echo_json({"stance": stance, **subject, "stances": list(stances),
                    "read_as": interpretation.describe(view), "notes": notes,
                    "answers": [a.to_dict(evidence_count) for a in answers],
                    "parties": [p.to_dict() for p in summarise_parties(view, answers)]})
        return
    _echo_reading(view, interpretation)
    if not answers:
        click.echo("No claim in the store matches.")
        return
    _echo_answers(view, answers, evidence_count)


@click.command()
@click.argument("first")
@click.argument("second")
@click.option("--topic", default=None,
              help="Only this topic (an id or its words) and its sub-topics.")
@json_option
@evidence_option
@store_option
@reports_errors
def compare(first, second, topic, as_json, evidence_count, store):
    """Show where two actors disagree (one for, the other against) and where both are for.

    FIRST and SECOND are actor ids, names or aliases; a party includes its people.

    \b
    Example:
      stancegraph compare russia ukraine --store negotiations.store
      stancegraph compare "United States" Russia --json
    """
    from stancegraph.queries import compare as compare_actors

    view, index = _open_index(store)
    first_id = _resolve(index.resolve_actor, first, "FIRST")
    second_id = _resolve(index.resolve_actor, second, "SECOND")
    topic_id = _resolve(index.resolve_topic, topic, "--topic") if topic else None
    comparison = compare_actors(view, first_id, second_id, topic=topic_id)
    interpretation = _interpretation(f"compare {first} {second}", "compare",
                                     actors=(first_id, second_id),
                                     topics=(topic_id,) if topic_id else ())
    if as_json:
        _echo_json({**comparison.to_dict(evidence_count),
                    "read_as": interpretation.describe(view)})
        return
    _echo_reading(view, interpretation)
    _echo_comparisons(view, comparison.disagreements, comparison.common_ground, evidence_count,
                      partly=comparison.partly)


@click.command()
@click.argument("actor", required=False)
@click.option("--topic", default=None,
              help="Only this topic (an id or its words) and its sub-topics.")
@json_option
@evidence_option
@store_option
@reports_errors
def changes(actor, topic, as_json, evidence_count, store):
    """List the moments a party's stance on a topic changed, by document date.

    ACTOR is an id, a name or an alias (a party includes its people); without it, every
    party. Each change shows the two dates, documents and quotes on either side (say,
    reject on one date, concede on the next date the party spoke on the topic). Documents
    with no publication date are listed apart as undated, never placed in time.

    \b
    Example:
      stancegraph changes russia --store negotiations.store
      stancegraph changes "United States" --topic "NATO membership" --json
    """
    from stancegraph.queries import histories

    view, index = _open_index(store)
    actor_id = _resolve(index.resolve_actor, actor, "ACTOR") if actor else None
    topic_id = _resolve(index.resolve_topic, topic, "--topic") if topic else None
    found = histories(view, actor_id, topic=topic_id)
    interpretation = _interpretation(
        f"changes {actor or ''}", "changes", actors=(actor_id,) if actor_id else (),
        topics=(topic_id,) if topic_id else ())
    if as_json:
        _echo_json({"actor": actor_id, "topic": topic_id,
                    "read_as": interpretation.describe(view),
                    "changes": [c.to_dict(evidence_count) for h in found for c in h.changes],
                    "histories": [h.to_dict(evidence_count) for h in found]})
        return
    _echo_reading(view, interpretation)
    _echo_histories(found, evidence_count)


@click.command()
@click.option("--format", "output_format", type=click.Choice(["table", "csv", "json"]),
              default=None, help="How to print the matrix (default: table).")
@click.option("--json", "as_json", is_flag=True,
              help="Print JSON: the same as --format json, and not to be given with another "
              "--format.")
@click.option("--by", type=click.Choice(["party", "actor"]), default="party", show_default=True,
              help="Rows are parties (people rolled up) or each actor.")
@click.option("--topic", "topics", multiple=True,
              help="Only these topic columns (repeat the option); default every topic.")
@store_option
@reports_errors
def matrix(output_format, as_json, by, topics, store):
    """Print the actor x topic position matrix.

    A cell is + (for: demand, propose or support), - (against: reject), +/- (both),
    c (conceded) or empty. CSV cells spell these out as for, against, mixed, concede or
    empty, one row per party (or actor); they hold no counts. JSON gives each cell's
    polarity and the number of documents reporting each stance.

    \b
    Example:
      stancegraph matrix --store negotiations.store
      stancegraph matrix --format csv --by actor > positions.csv
    """
    from stancegraph.queries import matrix as build_matrix

    if as_json and output_format not in (None, "json"):
        raise click.UsageError(
            f"--json and --format {output_format} ask for two formats; give one")
    output_format = "json" if as_json else output_format or "table"
    view, index = _open_index(store)
    topic_ids = [_resolve(index.resolve_topic, t, "--topic") for t in topics] or None
    table = build_matrix(view, by=by, topics=topic_ids)
    if output_format == "json":
        _echo_json(table.to_dict())
        return
    if output_format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow([by, *table.columns])
        for row in table.rows:
            writer.writerow([row, *(table.polarity(row, column) for column in table.columns)])
        return
    if not table.rows:
        click.echo("No positions in the store.")
        return
    symbols = {"for": "+", "against": "-", "mixed": "+/-", "concede": "c", "": ""}
    rows = [(row, *(symbols.get(table.polarity(row, c), "?") for c in table.columns))
            for row in table.rows]
    columns = [f"{i + 1}" for i in range(len(table.columns))]
    _echo_table((by, *columns), rows)
    click.echo("")
    for number, column in zip(columns, table.columns):
        click.echo(f"  {number:>3}  {column}: {table.column_labels.get(column, column)}")
    click.echo("  + for (demand, propose, support)   - against (reject)   +/- both   c conceded")


# -- helpers ----------------------------------------------------------------------------------


def _open(store):
    from stancegraph.queries import open_view

    return open_view(store)


def _open_index(store):
    from stancegraph.queries import EntityIndex

    view = _open(store)
    return view, EntityIndex(view)


def _resolve(resolver, value, parameter):
    from stancegraph.queries import QueryError

    try:
        return resolver(value)
    except QueryError as error:
        raise click.BadParameter(str(error), param_hint=parameter) from None


def _checked(call, parameter):
    from stancegraph.queries import QueryError

    try:
        return call()
    except QueryError as error:
        raise click.BadParameter(str(error), param_hint=parameter) from None


def _interpretation(question, intent, **arguments):
    """What a structured command was read as, in the form ``ask`` prints."""
    from stancegraph.queries import Interpretation

    arguments["notes"] = tuple(arguments.get("notes", ()))
    return Interpretation(question=question, intent=intent, **arguments)


def _echo_reading(view, interpretation):
    """Every form of question says how it was read, before its answer."""
    click.echo(f"Read as: {interpretation.describe(view)}")
    for note in interpretation.notes:
        click.echo(f"  note: {note}")


def _reversed(view, stances, reading):
    """The stances on a topic that ``stances`` on the words naming its contrary are."""
    from stancegraph.queries.questions import reverse_stances

    turned = reverse_stances(stances)
    note = (f"{reading.text!r} names the contrary of {view.topic_label(reading.topic)}: "
            f"{'/'.join(stances)} read as {'/'.join(turned)}")
    return turned, note


def _accused(index, value):
    """(target actor, None) when VALUE names an actor, else (None, topic)."""
    from stancegraph.queries import QueryError

    try:
        return index.resolve_actor(value), None
    except QueryError as not_an_actor:
        try:
            return None, index.resolve_topic(value)
        except QueryError:
            raise click.BadParameter(str(not_an_actor), param_hint="TOPIC") from None


def _echo_json(data):
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


def _speaker(view, answer):
    name = view.actor_name(answer.actor)
    others = [s for s in answer.speakers if s != name]
    return f"{name} ({', '.join(others)})" if others else name


def _about(answer):
    if answer.stance == "accuse":
        return f"-> {answer.target_actor}" + (f" ({answer.topic})" if answer.topic else "")
    return answer.topic or ""


def _echo_answers(view, answers, evidence_count):
    """Answers grouped by party: a heading with the party's documents, then its rows."""
    from stancegraph.queries.answers import summarise_parties

    summaries = {p.party: p for p in summarise_parties(view, answers)}
    widths = _widths(view, answers)
    for party, summary in summaries.items():
        documents = f"{summary.documents} document{'s' if summary.documents != 1 else ''}"
        click.echo(f"\n{party} ({summary.name}): {documents}")
        _echo_rows(view, [a for a in answers if a.party == party], evidence_count,
                   indent="  ", widths=widths)


def _echo_rows(view, answers, evidence_count, indent="", widths=None):
    widths = widths or _widths(view, answers)
    has_infrastructure = any(a.infrastructure for a in answers)
    header = ["SPEAKER", "STANCE", "TOPIC", "DOCS"]
    if has_infrastructure:
        header.append("INFRASTRUCTURE")
    header.append("DOCUMENT")
    click.echo(indent + _row(header, widths, has_infrastructure))
    for answer in answers:
        cells = [_speaker(view, answer), answer.stance, _about(answer), str(answer.documents)]
        if has_infrastructure:
            cells.append(",".join(answer.infrastructure))
        cells.append(answer.evidence[0].doc if answer.evidence else "")
        click.echo(indent + _row(cells, widths, has_infrastructure))
        for number, quote in enumerate(answer.evidence[:evidence_count]):
            where = f" ({quote.doc})" if number else ""
            click.echo(f"{indent}    \u201c{quote.sentence}\u201d{where}")


def _widths(view, answers):
    columns = {
        "SPEAKER": [_speaker(view, a) for a in answers],
        "STANCE": [a.stance for a in answers],
        "TOPIC": [_about(a) for a in answers],
        "DOCS": [str(a.documents) for a in answers],
        "INFRASTRUCTURE": [",".join(a.infrastructure) for a in answers],
    }
    return {name: max([len(name), *map(len, values)]) for name, values in columns.items()}


def _row(cells, widths, has_infrastructure):
    names = ["SPEAKER", "STANCE", "TOPIC", "DOCS"]
    if has_infrastructure:
        names.append("INFRASTRUCTURE")
    padded = [str(cell).ljust(widths[name]) for cell, name in zip(cells, names)]
    return "  ".join([*padded, *cells[len(names):]]).rstrip()


def _echo_categories(view, categories):
    parties: dict[str, list] = {}
    for wanted in categories:
        parties.setdefault(wanted.party, []).append(wanted)
    for party, found in parties.items():
        documents: dict[str, set] = {}
        for wanted in found:
            documents.setdefault(wanted.category, set()).update(
                q.document_id for a in wanted.answers for q in a.evidence
            )
        names = []
        for category, ids in documents.items():
            broader = view.broader_categories(category)
            within = f" (in {' < '.join(broader)})" if broader else ""
            names.append(f"{category}{within}: {len(ids)} doc{'s' if len(ids) != 1 else ''}")
        click.echo(f"{party} ({view.actor_name(party)}) wants covered: " + "; ".join(names))


def _echo_comparisons(view, disagreements, common_ground, evidence_count,
                      show_disagreements=True, show_common=True, partly=()):
    sections = []
    if show_disagreements:
        sections.append(("Disagree", disagreements))
    if show_disagreements and show_common:
        sections.append(("Agree in part (both for; one side also against)", partly))
    if show_common:
        sections.append(("Both for", common_ground))
    for title, comparisons in sections:
        click.echo(f"\n{title}: {len(comparisons)} topic{'s' if len(comparisons) != 1 else ''}")
        for comparison in comparisons:
            sides = comparison.first + comparison.second
            parties = " / ".join(
                f"{answers[0].party} {polarity}"
                for answers, polarity in ((comparison.first, comparison.first_polarity),
                                          (comparison.second, comparison.second_polarity))
                if answers
            )
            click.echo(f"\n  {comparison.topic} ({comparison.topic_label}): {parties}")
            _echo_rows(view, list(sides), evidence_count, indent="    ")


def _echo_histories(found, evidence_count):
    """Changes first, each with both sides; then what did not change; then the undated."""
    changed = [c for h in found for c in h.changes]
    click.echo(f"\n{len(changed)} change{'s' if len(changed) != 1 else ''} of stance")
    for change in changed:
        click.echo(f"\n{change.holder} ({change.holder_name}) on {change.topic} "
                   f"({change.topic_label}): {change.describe()}")
        for side, moment in (("before", change.before), ("after", change.after)):
            _echo_moment(side, moment, evidence_count)
    steady = [h for h in found if h.moments and not h.changes]
    if steady:
        click.echo("\nNo change")
        for history in steady:
            first = history.first
            dates = len(history.moments)
            click.echo(f"  {history.holder} on {history.topic}: {'/'.join(first.stances)} "
                       f"since {first.date} ({dates} date{'s' if dates != 1 else ''})")
    undated = [(h, a) for h in found for a in h.undated]
    if undated:
        click.echo("\nUndated (documents with no publication date: not placed in time)")
        for history, answer in undated:
            quote = answer.evidence[0]
            click.echo(f"  {history.holder} on {history.topic}: {answer.stance}  {quote.doc}")
            if evidence_count:
                click.echo(f"      \u201c{quote.sentence}\u201d")


def _echo_moment(side, moment, evidence_count):
    for answer in moment.answers:
        quotes = answer.evidence[:max(evidence_count, 1)]
        click.echo(f"  {side:<7}{moment.date}  {answer.stance:<8}{quotes[0].doc}  "
                   f"({answer.actor_name})")
        for quote in quotes[:evidence_count]:
            click.echo(f"      \u201c{quote.sentence}\u201d")


def _echo_contradictions(view, contradictions, evidence_count):
    for contradiction in contradictions:
        click.echo(f"\n{contradiction.party} ({view.actor_name(contradiction.party)}) on "
                   f"{contradiction.topic} ({contradiction.topic_label}): for and against")
        _echo_rows(view, [*contradiction.supporting, *contradiction.opposing], evidence_count,
                   indent="  ")


def _echo_table(header, rows):
    widths = [max(len(str(x)) for x in column) for column in zip(header, *rows)]
    for row in (header, *rows):
        click.echo("  ".join(str(x).ljust(w) for x, w in zip(row, widths)).rstrip())
