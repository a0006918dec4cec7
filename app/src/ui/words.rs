//! The words the page's scripts write (`enhance.js`, `offline.js`: the offline bar, its states and
//! buttons, what a form says when it could not be sent), in the reader's language, as a JSON block
//! in every page (`<script type="application/json" id="gemba-words">`). Placeholders in braces
//! (`{n}`, `{when}`) are filled by the script; a count has a `-one` and an `-other` text, chosen
//! by the browser's plural rules for the page's language.
use i18n::{Lang, t};

/// The JSON object (key -> text), `<` escaped so the block cannot end early. The catalogues are
/// built into the program, so each language's block is written once per process.
pub fn script_words(lang: Lang) -> &'static str {
    static WRITTEN: [std::sync::OnceLock<String>; 4] = [const { std::sync::OnceLock::new() }; 4];
    let slot = match lang {
        Lang::En => 0,
        Lang::Es => 1,
        Lang::Fr => 2,
        Lang::Pseudo => 3,
    };
    WRITTEN[slot].get_or_init(|| write(lang))
}

fn write(lang: Lang) -> String {
    let words = [
        ("js-not-sent-retry", t!(lang, "js-not-sent-retry")),
        ("js-no-room", t!(lang, "js-no-room")),
        ("js-no-connection", t!(lang, "js-no-connection")),
        ("js-too-large", t!(lang, "js-too-large")),
        ("js-not-saved", t!(lang, "js-not-saved", status = "{status}")),
        ("js-change", t!(lang, "js-change")),
        ("js-photo", t!(lang, "js-photo")),
        ("js-session-ended", t!(lang, "js-session-ended")),
        ("js-refused-kind", t!(lang, "js-refused-kind", kind = "{kind}")),
        ("js-refused-status", t!(lang, "js-refused-status", status = "{status}")),
        ("js-state-waiting", t!(lang, "js-state-waiting")),
        ("js-state-signin", t!(lang, "js-state-signin")),
        ("js-state-refused", t!(lang, "js-state-refused")),
        ("js-state-signature", t!(lang, "js-state-signature")),
        ("js-state-sent", t!(lang, "js-state-sent")),
        ("js-note-sent", t!(lang, "js-note-sent")),
        ("js-sent-at", t!(lang, "js-sent-at", when = "{when}", sent = "{sent}")),
        ("js-all-changes", t!(lang, "js-all-changes")),
        ("js-started-here", t!(lang, "js-started-here")),
        ("js-note-waiting", t!(lang, "js-note-waiting")),
        ("js-note-signature", t!(lang, "js-note-signature")),
        ("js-note-signin", t!(lang, "js-note-signin")),
        ("js-note-refused", t!(lang, "js-note-refused")),
        ("js-waiting-one", t!(lang, "js-waiting-one", n = "{n}")),
        ("js-waiting-other", t!(lang, "js-waiting-other", n = "{n}")),
        ("js-to-sign-one", t!(lang, "js-to-sign-one", n = "{n}")),
        ("js-to-sign-other", t!(lang, "js-to-sign-other", n = "{n}")),
        ("js-decide-one", t!(lang, "js-decide-one", n = "{n}")),
        ("js-decide-other", t!(lang, "js-decide-other", n = "{n}")),
        ("js-sign-what-one", t!(lang, "js-sign-what-one", n = "{n}")),
        ("js-sign-what-other", t!(lang, "js-sign-what-other", n = "{n}")),
        ("js-sign-one", t!(lang, "js-sign-one", n = "{n}")),
        ("js-sign-other", t!(lang, "js-sign-other", n = "{n}")),
        ("js-password", t!(lang, "login-password")),
        ("js-tapped", t!(lang, "js-tapped", when = "{when}")),
        ("js-keep-note", t!(lang, "js-keep-note")),
        ("js-follow-up", t!(lang, "js-follow-up")),
        ("js-send-again", t!(lang, "js-send-again")),
        ("js-sign-in", t!(lang, "login-sign-in")),
        ("js-discard", t!(lang, "js-discard")),
        ("js-discard-confirm", t!(lang, "js-discard-confirm")),
        ("js-done-offline", t!(lang, "js-done-offline", when = "{when}", reason = "{reason}")),
        ("js-not-kept-now", t!(lang, "js-not-kept-now", why = "{why}")),
        ("js-no-connection-short", t!(lang, "js-no-connection-short")),
        ("js-kept-one", t!(lang, "js-kept-one", n = "{n}", kb = "{kb}", when = "{when}")),
        ("js-kept-other", t!(lang, "js-kept-other", n = "{n}", kb = "{kb}", when = "{when}")),
        ("js-clock-ahead", t!(lang, "js-clock-ahead", minutes = "{minutes}")),
        ("js-clock-behind", t!(lang, "js-clock-behind", minutes = "{minutes}")),
        ("js-leave-one", t!(lang, "js-leave-one", n = "{n}")),
        ("js-leave-other", t!(lang, "js-leave-other", n = "{n}")),
        ("js-offline-title", t!(lang, "js-offline-title")),
        ("js-offline-heading", t!(lang, "js-offline-heading")),
        ("js-offline-missing", t!(lang, "js-offline-missing", path = "{path}")),
        ("js-offline-kept", t!(lang, "js-offline-kept")),
        ("js-my-work", t!(lang, "nav-my-work")),
        ("js-rounds", t!(lang, "nav-rounds")),
        ("js-home", t!(lang, "nav-home")),
    ];
    let map: serde_json::Map<String, serde_json::Value> =
        words.into_iter().map(|(k, v)| (k.to_string(), serde_json::Value::String(v))).collect();
    serde_json::Value::Object(map).to_string().replace('<', "\\u003c")
}
