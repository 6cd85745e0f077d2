"""The practice page, the widget and the facilitator dashboard audited with axe-core
(pinned in web/package.json, installed by `make`'s `npm ci`) in Debian's Chromium, in
every state a leader or a facilitator meets, at 1280 and at 375 px wide: no serious or
critical violation. Beside the audit, the findings of issue 14 that axe cannot see: the
busy state, a lost turn, focus after "Stop", the empty turn, the skip link.

The audit injects web/node_modules/axe-core/axe.min.js into the page, so its browser
context bypasses the page's CSP (which forbids any script but the page's own)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SHOTS, say, start_babette

pytestmark = [pytest.mark.model, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / "web" / "node_modules" / "axe-core" / "axe.min.js"
WIDTHS = {"1280": {"width": 1280, "height": 900}, "375": {"width": 375, "height": 740}}
BLOCKING = ("serious", "critical")


@pytest.fixture(params=list(WIDTHS), ids=lambda w: f"{w}px")
def page(browser, request):
    if not AXE.is_file():
        pytest.fail("axe-core is missing: `make test` installs it (npm ci in web/)")
    context = browser.new_context(viewport=WIDTHS[request.param], bypass_csp=True)
    page = context.new_page()
    page.width = request.param
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


class Audit:
    """axe-core's serious and critical violations, per state; asserted at the end so
    one run names every state that fails."""

    def __init__(self, page):
        self.page = page
        self.found = {}

    def __call__(self, state: str) -> None:
        page = self.page
        if not page.evaluate("typeof window.axe !== 'undefined'"):
            page.add_script_tag(path=str(AXE))
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        bad = [v for v in result["violations"] if v.get("impact") in BLOCKING]
        minor = sorted({f"{v['id']} ({v.get('impact')})" for v in result["violations"]} - {
            f"{v['id']} ({v.get('impact')})" for v in bad})
        if minor:  # shown with -s or when the test fails; not a failure
            print(f"axe-core, {state} @ {page.width}px, moderate or minor: {', '.join(minor)}")
        if bad:
            self.found[f"{state} @ {page.width}px"] = [
                {"id": v["id"], "impact": v["impact"], "help": v["help"],
                 "nodes": [{"target": n["target"], "summary": n.get("failureSummary", "")[:300]}
                           for n in v["nodes"][:5]]}
                for v in bad
            ]
        page.screenshot(path=str(SHOTS / f"a11y-{state}-{page.width}.png"), full_page=True)

    def check(self) -> None:
        assert not self.found, "axe-core found serious or critical violations:\n" + json.dumps(
            self.found, indent=1, ensure_ascii=False)


def in_sight(page, selector):
    """Whether the element is inside the viewport (the page need not scroll to show it)."""
    return page.evaluate("""(selector) => {
        const box = document.querySelector(selector).getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
    }""", selector)


def test_practice_page_start_conversation_hint_and_debrief(page, servers):
    audit = Audit(page)
    page.goto(f"{servers.url}/coach/")
    page.locator("#start-form").wait_for()
    # The skip link leads to what is on screen.
    target = page.get_attribute("#skip", "href")
    assert page.is_visible(target), f"the skip link points at {target}, which is hidden"
    audit("start")

    start_babette(page, servers)
    assert page.is_visible(page.get_attribute("#skip", "href"))
    # Enter in an empty box sends nothing and says why.
    page.fill("#invoer", "  ")
    page.keyboard.press("Enter")
    page.locator("#status", has_text="Typ eerst").wait_for()
    assert page.locator("#log .msg.leader").count() == 0
    say(page, "Vertel eens, hoe gaat het met de computers in je klas?")
    page.wait_for_selector("#coach .msg.coach[data-turn='1']")
    say(page, "Heb je de ouders ingelicht?")
    page.wait_for_selector("#coach .msg.coach[data-turn='2']")
    # Good and poor moves in symbols and words, not colour alone.
    nudge = page.locator("#coach .msg.coach[data-turn='2'] .act.nudge").first
    assert "✗" in nudge.inner_text() and "vermijden" in nudge.inner_text()
    # The log and the coach's notes scroll and take focus; they are not live themselves.
    for region in ("#log", "#coach-box"):
        assert page.get_attribute(region, "tabindex") == "0" and page.get_attribute(region, "role") == "region"
    assert page.locator("#gesprek [aria-live], #nabespreking[aria-live], #gesprek [role=log]").count() == 0
    # Each new message is announced, a short text at a time, in one polite live region.
    assert page.get_attribute("#aankondigingen", "aria-live") == "polite"
    announced = page.locator("#aankondigingen p").all_inner_texts()
    assert any(text.startswith("Babette: ") for text in announced), announced
    assert any(text.startswith("Coach over beurt 2: ") for text in announced), announced
    # The teacher's reply and the text box are in sight together (phone: columns stacked).
    assert in_sight(page, "#log .msg.teacher:last-child") and in_sight(page, "#invoer")
    audit("conversation")

    before = page.locator("#coach .msg.coach").count()
    page.click("#hint")
    page.locator("#coach .msg.coach").nth(before).wait_for()
    audit("hint")

    page.click("#stop")
    page.wait_for_selector("#nabespreking h2")
    # The focus goes to the debrief's heading; the session is over until a new start.
    page.wait_for_function("document.activeElement && document.activeElement.matches('#nabespreking h2')")
    assert page.is_disabled("#invoer") and page.is_disabled("#verstuur") and page.is_disabled("#hint")
    assert page.is_enabled("#again")
    assert page.get_attribute("#skip", "href") == "#nabespreking"
    assert "/start" not in page.inner_text("#gesprek")
    # The chart in words: a table per turn.
    table = page.locator("#nabespreking table.timeline")
    assert table.locator("tbody tr").count() == 2
    audit("debrief")
    audit.check()


def test_practice_page_while_a_reply_is_on_its_way(page, servers):
    """The REST answer to a turn is held (socket.io blocked): the page shows it waits."""
    audit = Audit(page)
    page.route("**/socket.io.min.js", lambda route: route.abort())
    held = []

    def hold_turns(route):
        body = route.request.post_data_json or {}
        if body.get("message", "").startswith("/"):
            route.continue_()
        else:
            held.append(route)

    page.route("**/webhooks/rest/webhook", hold_turns)
    start_babette(page, servers)
    page.fill("#invoer", "Hoe gaat het met de computers in je klas?")
    page.keyboard.press("Enter")
    page.locator("#log .msg.typing", has_text="Babette denkt na").wait_for()
    assert "Babette denkt na" in page.inner_text("#status")
    assert held
    audit("waiting")
    # Nothing else goes out meanwhile: the text stays in the box.
    page.fill("#invoer", "En de ouders?")
    page.keyboard.press("Enter")
    page.locator("#status", has_text="Wacht even").wait_for()
    assert page.input_value("#invoer") == "En de ouders?" and len(held) == 1
    held[0].continue_()
    page.locator("#log .msg.teacher").nth(1).wait_for()
    page.locator("#log .msg.typing").wait_for(state="detached")
    assert page.inner_text("#status") == ""
    audit.check()


def test_practice_page_when_the_server_is_gone(page, servers):
    """Every attempt of a turn fails (1, 2, 4 and 8 s apart): the page gives up, takes
    the turn back and keeps its text; sent again it keeps its number and its id."""
    audit = Audit(page)
    page.route("**/socket.io.min.js", lambda route: route.abort())
    ids = []
    gone = [True]

    def lose_turns(route):
        body = route.request.post_data_json or {}
        if body.get("message", "").startswith("/"):
            route.continue_()
            return
        ids.append((body.get("metadata") or {}).get("message_id"))
        if gone[0]:
            route.abort()
        else:
            route.continue_()

    page.route("**/webhooks/rest/webhook", lose_turns)
    start_babette(page, servers)
    text = "Hoe gaat het met de computers in je klas?"
    page.fill("#invoer", text)
    page.keyboard.press("Enter")
    page.locator("#status", has_text="Even geduld").wait_for()
    page.locator("#status", has_text="niet aangekomen").wait_for(timeout=30000)
    assert page.locator("#log .msg.leader").count() == 0, "the unsent turn stays in the conversation"
    assert page.input_value("#invoer") == text
    assert in_sight(page, "#status") and in_sight(page, "#invoer")
    audit("error")

    gone[0] = False
    page.click("#verstuur")
    page.locator("#log .msg.teacher").nth(1).wait_for()
    assert page.locator("#log .msg.leader").all_inner_texts()[0].startswith("Jij · beurt 1")
    page.wait_for_selector("#coach .msg.coach[data-turn='1']")
    assert len(set(ids)) == 1 and len(ids) == 6, ids  # five lost attempts and one that arrived: one id
    audit.check()


def test_goals_exercise(page, servers):
    audit = Audit(page)
    page.goto(f"{servers.url}/coach/")
    page.check("input[name=scenario][value='exercise:doelen']")
    page.click("text=Start het gesprek")
    page.locator("#log .msg.exercise.statement").first.wait_for()
    page.fill("#invoer", "middel")
    page.keyboard.press("Enter")
    page.locator("#coach .exercise-feedback").first.wait_for()
    assert page.locator("#aankondigingen p", has_text="Doelstelling").count() >= 1
    audit("exercise")
    page.click("#stop")
    page.locator("#nabespreking h2").wait_for()
    page.wait_for_function("document.activeElement && document.activeElement.matches('#nabespreking h2')")
    audit("exercise-debrief")
    audit.check()


def test_dashboard(page, servers):
    import requests

    audit = Audit(page)
    created = requests.post(f"{servers.url}/coach/api/workshops", json={"name": "Toegankelijk"}, timeout=10).json()
    code = created["code"]
    for nickname, turn in (("Anne", "Wat betekent dit voor leerlingen?"), ("Bram", "Heb je wel toestemming?")):
        sender = f"a11y-{nickname}-{code}-{page.width}"
        servers.say(sender, f'/start{{"scenario":"babette","workshop":"{code}","nickname":"{nickname}"}}')
        servers.say(sender, turn)
    page.goto(created["dashboard_url"])
    page.locator("#participants tbody tr th", has_text="Bram").wait_for()
    audit("dashboard")
    audit.check()





def test_widget_open(page, servers, intranet):
    audit = Audit(page)
    page.goto(intranet)
    page.wait_for_selector(".gc-toggle")
    audit("widget-closed")
    page.click(".gc-toggle")
    page.wait_for_selector(".gc-log .msg.teacher")
    page.fill("#gc-input", "Heb je de ouders ingelicht?")
    page.keyboard.press("Enter")
    page.wait_for_selector(".gc-log .msg.coach[data-turn='1']")
    audit("widget-open")
    assert page.get_attribute(".gc-log", "tabindex") == "0"
    assert page.locator(".gc-announcer p", has_text="Coach over beurt 1").count() == 1
    page.click(".gc-buttons >> text=Stop")
    page.wait_for_selector(".gc-debrief h2")
    page.wait_for_function("document.activeElement && document.activeElement.matches('.gc-debrief h2')")
    assert page.is_disabled("#gc-input")
    audit("widget-debrief")
    audit.check()
