"""The web layer, served by the Rasa server itself: one module per feature, like the
blueprints of Flask's tutorial. Each module holds one Rasa input channel; all are
listed in credentials.yml (with Rasa's own ``rest``), each with its own ``name()``.

    page.py              CoachPage: the practice page, the widget, static files and
                         the dashboard page
        GET  /coach/  /coach/widget.js  /coach/static/<file>  /coach/workshop/<code>
    conversation_api.py  ConversationApi: what the page and the widget read
        GET  /coach/api/scenarios  /coach/api/vocabulary
        GET  /coach/api/conversation/<id>  /coach/api/progress/<practice_id>
    workshop_api.py      WorkshopApi: the facilitator's API, behind ``facilitator_only``
        POST /coach/api/workshops
        GET|DELETE /coach/api/workshops/<code>
        POST /coach/api/workshops/<code>/close
        GET  /coach/api/workshops/<code>/export.csv
    socketio_channel.py  SocketIOChannel: the conversations, at /socket.io
    common.py            the /coach prefix, the CSP, JSON errors, database calls off
                         the event loop
    inputs.py            what clients send, checked before Rasa reads it: REST bodies,
                         socket.io payloads, turns, /commands
    guard.py             server-wide, installed by every channel above: the body limit,
                         the check in front of Rasa's REST webhook, JSON for every
                         error status (404, 405, 413, ...) on every route

Conversations themselves go through socket.io and Rasa's REST channel
(POST /webhooks/rest/webhook). Scenarios, settings and the database come from
``bot.runtime``, built on first use, never at import. Importing this package does
nothing else.
"""
