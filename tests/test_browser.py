"""The practice page and the widget in a real browser: Playwright driving Debian's
Chromium headless (`make test` installs it when missing; no browser download).
Screenshots go to build/screenshots/ (ignored by git)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SHOTS, say, start_babette

pytestmark = [pytest.mark.model, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
XSS = "<img src=x onerror=alert(1)>"


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


def test_practice_page_conversation_coach_and_debrief(page, servers):
    start_babette(page, servers)
    assert page.get_attribute("body", "data-transport") == "socket.io"

    say(page, "Vertel eens, hoe gaat het met de computers in je klas?")
    page.wait_for_selector("#coach .msg.coach[data-turn='1']")
    note = page.inner_text("#coach .msg.coach[data-turn='1']")
    assert "open vraag" in note
    assert "%" in page.inner_text("#gauge-label")

    say(page, "Heb je de ouders ingelicht?")
    page.wait_for_selector("#coach .msg.coach[data-turn='2']")
    nudge = page.inner_text("#coach .msg.coach[data-turn='2']")
    assert "gesloten vraag" in nudge and "Hoe heb je de ouders ingelicht?" in nudge

    say(page, XSS)
    leader = page.locator("#log .msg.leader").last
    assert leader.locator("p").inner_text() == XSS
    assert page.locator("#log img").count() == 0
    assert page.dialogs == []
    page.screenshot(path=str(SHOTS / "page.png"), full_page=True)

    page.click("#stop")
    page.wait_for_selector("#nabespreking h2")
    debrief = page.inner_text("#nabespreking")
    assert "Score:" in debrief and "voorwaarden" in debrief
    assert page.locator("#nabespreking svg polyline.openness").count() == 1
    assert page.locator("#nabespreking svg circle.act-nudge").count() >= 1
    page.screenshot(path=str(SHOTS / "debrief.png"), full_page=True)


def test_conversation_survives_a_reload(page, servers):
    start_babette(page, servers)
    say(page, "Wat goed dat je dit oppakt! Hoe ben je begonnen?")
    page.wait_for_selector("#coach .msg.coach[data-turn='1']")
    page.reload()
    page.wait_for_selector("#log .msg.leader")
    assert page.is_visible("#gesprek") and not page.is_visible("#kies")
    assert "Hoe ben je begonnen?" in page.inner_text("#log")
    assert page.locator("#coach .msg.coach[data-turn='1']").count() == 1
    say(page, "Wat betekent dit voor leerlingen?")
    assert "beurt 2" in page.locator("#log .msg.leader").last.inner_text()


def test_quiet_mode_shows_no_coach_until_the_debrief(page, servers):
    start_babette(page, servers, mode="quiet")
    say(page, "Heb je toestemming gevraagd?")
    assert page.locator("#coach .msg.coach[data-turn]").count() == 0
    assert page.is_visible("#quiet-note")
    page.click("#stop")
    page.wait_for_selector("#nabespreking h2")


def test_page_at_phone_width_and_keyboard(browser, servers):
    context = browser.new_context(viewport={"width": 380, "height": 800})
    page = context.new_page()
    page.goto(f"{servers.url}/coach/")
    page.keyboard.press("Tab")  # the skip link first
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "scenario"
    page.keyboard.press("Enter")  # submits the form from the radio group
    page.wait_for_selector("#log .msg.teacher")
    assert page.evaluate("document.activeElement.id") == "invoer"
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 380, f"page scrolls sideways at phone width ({width}px)"
    page.screenshot(path=str(SHOTS / "page-phone.png"), full_page=True)
    context.close()


def test_content_security_policy_header(servers):
    import requests

    headers = requests.get(f"{servers.url}/coach/", timeout=10).headers
    assert "script-src 'self'" in headers["Content-Security-Policy"]


def test_widget_on_another_origin_holds_a_conversation_and_survives_reload(page, servers, intranet):
    page.goto(intranet)
    page.wait_for_selector(".gc-toggle")
    page.click(".gc-toggle")
    page.wait_for_selector(".gc-log .msg.teacher")
    assert page.get_attribute(".gc-widget", "data-transport") == "socket.io"
    before = page.locator(".gc-log .msg.teacher").count()
    page.fill("#gc-input", "Hoe reageerden de kinderen op de computers?")
    page.keyboard.press("Enter")
    page.locator(".gc-log .msg.teacher").nth(before).wait_for()
    page.wait_for_selector(".gc-log .msg.coach[data-turn='1']")
    page.screenshot(path=str(SHOTS / "widget.png"))

    page.reload()
    page.wait_for_selector(".gc-toggle")
    page.locator(".gc-log .msg.leader").first.wait_for()
    assert "Hoe reageerden de kinderen" in page.inner_text(".gc-log")
    page.click(".gc-toggle") if page.is_hidden(".gc-panel") else None
    page.click(".gc-buttons >> text=Stop")
    page.wait_for_selector(".gc-debrief h2")
    assert "Nabespreking" in page.inner_text(".gc-debrief")


def test_cors_only_for_allowed_origins(servers):
    import requests

    url = f"{servers.url}/webhooks/rest/webhook"
    allowed = f"http://127.0.0.1:{servers.widget_origin_port}"
    ok = requests.options(url, headers={"Origin": allowed, "Access-Control-Request-Method": "POST"}, timeout=10)
    assert ok.headers.get("Access-Control-Allow-Origin") == allowed
    other = requests.options(url, headers={"Origin": "http://evil.example", "Access-Control-Request-Method": "POST"},
                             timeout=10)
    assert other.headers.get("Access-Control-Allow-Origin") != "http://evil.example"


def test_vocabulary_gives_the_ten_acts_with_labels_also_to_the_widget_origin(servers):
    import requests

    widget_origin = f"http://127.0.0.1:{servers.widget_origin_port}"
    answer = requests.get(f"{servers.url}/coach/api/vocabulary", headers={"Origin": widget_origin}, timeout=10)
    assert answer.status_code == 200
    assert answer.headers.get("Access-Control-Allow-Origin") == widget_origin
    vocabulary = answer.json()
    assert len(vocabulary["acts"]) == 10 and set(vocabulary["labels"]) == set(vocabulary["acts"])
    assert vocabulary["labels"]["closed_question"] == "gesloten vraag"


def test_page_without_the_vocabulary_shows_raw_act_ids(page, servers):
    page.route("**/coach/api/vocabulary", lambda route: route.abort())
    start_babette(page, servers)
    say(page, "Vertel eens, hoe gaat het met de computers in je klas?")
    page.wait_for_selector("#coach .msg.coach[data-turn='1']")
    assert "open_question" in page.inner_text("#coach .msg.coach[data-turn='1']")
    assert page.dialogs == []


def test_facilitator_dashboard_shows_the_room(page, servers):
    import requests

    created = requests.post(f"{servers.url}/coach/api/workshops", json={"name": "Workshop De Wilgenhoek"},
                            timeout=10).json()
    code = created["code"]
    for nickname, turn in (("Anne", "Wat betekent dit voor leerlingen?"), ("Bram", "Heb je wel toestemming?")):
        sender = f"dash-{nickname}-{code}"
        servers.say(sender, f'/start{{"scenario":"babette","workshop":"{code}","nickname":"{nickname}"}}')
        servers.say(sender, turn)

    page.goto(created["dashboard_url"])
    page.locator("#participants tbody tr th", has_text="Bram").wait_for()
    table = page.inner_text("#participants")
    assert "Anne" in table and "Bram" in table and "babette" in table
    assert page.locator("#acts .bar").count() == 10
    assert page.locator("#good li q").count() >= 1 and page.locator("#poor li q").count() >= 1
    page.screenshot(path=str(SHOTS / "dashboard.png"), full_page=True)

    # Without the token in the link there is no access, and the page says so.
    page.goto(f"{servers.url}/coach/workshop/{code}")
    page.evaluate("window.sessionStorage.clear()")
    page.reload()
    page.locator("#ws-status", has_text="token").wait_for()


def test_page_shows_progress_over_earlier_sessions(page, servers):
    start_babette(page, servers)
    say(page, "Heb je toestemming gevraagd?")
    page.click("#stop")
    page.wait_for_selector("#nabespreking h2")
    page.click("#again")
    page.wait_for_selector("#kies:not([hidden])")
    page.locator("#voortgang:not([hidden]) #sessies li").first.wait_for()
    assert "score" in page.inner_text("#sessies")
    assert page.locator("#trend svg").count() == 1
    page.screenshot(path=str(SHOTS / "progress.png"), full_page=True)


def test_klopt_niet_corrects_the_coach_and_the_dashboard_shows_it(page, servers):
    import requests

    created = requests.post(f"{servers.url}/coach/api/workshops", json={"name": "Correcties"}, timeout=10).json()
    page.goto(f"{servers.url}/coach/")
    page.check("#share-turns")  # asked once: the browser remembers it
    page.reload()
    assert page.is_checked("#share-turns")
    page.fill("input[name=workshop]", created["code"])
    page.check("input[name=scenario][value=babette]")
    page.click("text=Start het gesprek")
    page.wait_for_selector("#log .msg.teacher")
    say(page, "Heb je de ouders ingelicht?")
    remark = page.locator("#coach .msg.coach[data-turn='1']").first
    remark.wait_for()

    toggle = remark.locator("button.correct-toggle")
    assert toggle.inner_text() == "Klopt niet?" and toggle.get_attribute("aria-expanded") == "false"
    toggle.click()
    form = remark.locator("form.correct-form")
    assert form.is_visible() and toggle.get_attribute("aria-expanded") == "true"
    # The acts with their Dutch labels, the coach's reading ticked; the focus in the form.
    assert form.locator("input[type=checkbox]").count() == 10
    assert form.locator("label", has_text="gesloten vraag").locator("input").is_checked()
    assert page.evaluate("document.activeElement.type") == "checkbox"
    # By keyboard: untick "gesloten vraag", tick "open vraag", save.
    form.locator("label", has_text="gesloten vraag").locator("input").press("Space")
    form.locator("label", has_text="open vraag").first.locator("input").press("Space")
    form.locator("button", has_text="Bewaar").press("Enter")

    answer = page.locator("#coach .msg.coach.corrected[data-turn='1']")
    answer.wait_for()
    assert "Dank je!" in answer.inner_text() and "open vraag" in answer.inner_text()
    assert form.is_hidden()
    assert page.locator("#coach img").count() == 0 and page.dialogs == []
    page.locator(".coach-column").screenshot(path=str(SHOTS / "correction.png"))

    page.click("#stop")
    page.wait_for_selector("#nabespreking h2")
    assert "Bij beurt 1 gaf je aan dat je dit bedoelde: open vraag" in page.inner_text("#nabespreking")
    assert toggle.is_hidden()  # after the debrief a correction changes nothing

    page.goto(created["dashboard_url"])
    page.locator("#disputed tbody tr th", has_text="1").wait_for()
    row = page.inner_text("#disputed tbody tr")
    assert "Heb je de ouders ingelicht?" in row and "gesloten vraag" in row and "open vraag" in row
    assert "Waar de deelnemer iets anders bedoelde" in page.inner_text("#disputed caption")


def test_widget_has_klopt_niet_too(page, servers, intranet):
    page.goto(intranet)
    page.click(".gc-toggle")
    page.wait_for_selector(".gc-log .msg.teacher")
    if page.locator(".gc-log .msg.leader").count():  # the module's widget conversation: start afresh
        page.click(".gc-buttons >> text=Opnieuw")
        page.wait_for_function("document.querySelectorAll('.gc-log .msg.leader').length === 0")
        page.wait_for_selector(".gc-log .msg.teacher")
    page.fill("#gc-input", "Heb je de ouders ingelicht?")
    page.keyboard.press("Enter")
    remark = page.locator(".gc-log .msg.coach[data-turn='1']").first
    remark.wait_for()
    remark.locator("button.correct-toggle").click()
    remark.locator("label", has_text="gesloten vraag").locator("input").uncheck()
    remark.locator("label", has_text="leerlingen centraal").locator("input").check()
    page.keyboard.press("Escape")  # closes the form, not the widget
    assert remark.locator("form").is_hidden() and page.is_visible(".gc-panel")
    remark.locator("button.correct-toggle").click()
    remark.locator("label", has_text="leerlingen centraal").locator("input").check()
    remark.locator("button", has_text="Bewaar").click()
    answer = page.locator(".gc-log .msg.coach.corrected[data-turn='1']")
    answer.wait_for()
    assert "leerlingen centraal" in answer.inner_text()


def test_a_turn_whose_answer_is_lost_is_sent_again_once(browser, servers):
    """The server ran the turn but its answer never arrived (a server that died while
    answering): the page says "even geduld", sends the turn again with the same id, and
    shows the stored reply; the conversation holds the turn once. Over REST (socket.io
    blocked), where a lost answer is a 502 from the load balancer."""
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    page.route("**/socket.io.min.js", lambda route: route.abort())  # no socket.io client: REST
    lost = []
    sent_ids = []

    def lose_the_first_answer(route):
        body = route.request.post_data_json or {}
        if body.get("message", "").startswith("/"):
            route.continue_()
            return
        sent_ids.append((body.get("metadata") or {}).get("message_id"))
        answer = route.fetch()  # the server handles the turn...
        if not lost:
            lost.append(answer.status)  # ...and the answer is lost on its way back
            route.fulfill(status=502, content_type="application/json",
                          body='{"error":"De server is nog niet klaar.","detail":"no Rasa server answered"}')
        else:
            route.fulfill(response=answer)

    page.route("**/webhooks/rest/webhook", lose_the_first_answer)
    try:
        start_babette(page, servers)
        page.locator("#log .msg.teacher").first.wait_for()
        page.fill("#invoer", "Hoe gaat het met de klok in je klas?")
        page.keyboard.press("Enter")
        from playwright.sync_api import expect

        expect(page.locator("#status")).to_contain_text("Even geduld")
        page.locator("#log .msg.teacher").nth(1).wait_for()
        expect(page.locator("#status")).to_have_text("")
        assert lost == [200]
        assert len(sent_ids) == 2 and sent_ids[0] == sent_ids[1] and sent_ids[0]
        assert page.locator("#log .msg.leader").count() == 1
        conversation = page.evaluate("localStorage.getItem('gesprekscoach.page')")
        import requests

        session = requests.get(f"{servers.url}/coach/api/conversation/{conversation}", timeout=10).json()["session"]
        assert [t["n"] for t in session["turns"]] == [1]
        assert page.input_value("#invoer") == ""
    finally:
        context.close()


def test_goals_exercise_on_the_practice_page(page, servers):
    page.goto(f"{servers.url}/coach/")
    page.check("input[name=scenario][value='exercise:doelen']")
    page.click("text=Start het gesprek")
    page.locator("#log .msg.exercise.statement").first.wait_for()
    assert page.is_hidden("#gauge-box")
    assert "doel of middel" in page.inner_text("#invoer-label")
    page.fill("#invoer", "middel")
    page.keyboard.press("Enter")
    page.locator("#coach .exercise-feedback").first.wait_for()
    assert page.inner_text("#coach .exercise-feedback p").startswith("✔ Klopt")
    page.fill("#invoer", "Leerlingen kunnen zelfstandig oefenen met stof waar ze moeite mee hebben, "
                         "met behulp van de computer.")
    page.keyboard.press("Enter")
    page.locator("#log .msg.exercise.statement").nth(1).wait_for()
    page.fill("#invoer", "doel")
    page.keyboard.press("Enter")
    page.locator("#coach .exercise-feedback").nth(2).wait_for()
    assert page.inner_text("#coach .exercise-feedback >> nth=2 >> p").startswith("✗ Niet helemaal")
    page.screenshot(path=str(SHOTS / "goals-exercise.png"), full_page=True)
    page.click("#stop")
    page.locator("#nabespreking h2").wait_for()
    assert "doelen en middelen" in page.inner_text("#nabespreking h2")
    assert "van de 2 doelstellingen goed beoordeeld" in page.inner_text("#nabespreking")


def test_redo_a_moment_and_try_the_better_sentence(page, servers):
    start_babette(page, servers)
    page.locator("#log .msg.teacher").first.wait_for()
    say(page, "Vertel eens, hoe gaat het met de klok?")
    say(page, "Dat had je eerst met mij moeten overleggen.")
    say(page, "Wat betekent dit voor leerlingen?")
    assert page.locator("#log .msg.leader").count() == 3
    # Redo turn 2 from its own button: turns 2 and 3 leave the screen, the number is 2 again.
    page.click("#beurt-2 .redo-button")
    page.locator("#coach .msg.coach.redo").wait_for()
    assert page.locator("#log .msg.leader").count() == 1
    assert page.locator("#coach .msg.coach[data-turn='3']").count() == 0
    say(page, "Heb je al met de ouders gesproken?")
    assert page.locator("#beurt-2").inner_text().startswith("Jij · beurt 2")
    # "Probeer dit" under the coach's note on that closed question: its open rewrite goes
    # into the box, and sending it redoes turn 2 once more.
    page.locator("#coach .msg.coach[data-turn='2'] .try-button").click()
    sentence = page.input_value("#invoer")
    assert sentence and sentence != "Heb je al met de ouders gesproken?"
    page.keyboard.press("Enter")
    from playwright.sync_api import expect

    expect(page.locator("#beurt-2 p")).to_have_text(sentence)
    page.locator("#coach .msg.coach[data-turn='2']:not(.redo)").wait_for()
    assert page.locator("#log .msg.leader").count() == 2
    say(page, "Dat had je eerst met mij moeten overleggen.")
    page.click("#stop")
    page.locator("#nabespreking h2").wait_for()
    debrief = page.inner_text("#nabespreking")
    assert "Wat je overdeed" in debrief and "Poging 1" in debrief and "Poging 2" in debrief
    page.screenshot(path=str(SHOTS / "redo.png"), full_page=True)
    # From the debrief: redo a moment it names, and the conversation is open again.
    moment = page.locator("#nabespreking .redo-button").first
    turn = moment.get_attribute("data-turn")
    moment.click()
    page.locator(f"#coach .msg.coach.redo[data-turn='{turn}']").wait_for()
    assert page.is_enabled("#invoer") and page.is_hidden("#nabespreking")
