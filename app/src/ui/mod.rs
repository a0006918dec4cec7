//! The web app: HTML shell, router, layout, pages. Phone first: every page works at 360 px, with
//! touch targets of at least 44 px, and before (or without) the WebAssembly.
//!
//! Islands architecture: pages and layouts render on the server only (plain HTML forms posting to
//! server functions); components marked `#[island]` ship as WebAssembly and hydrate in place.
//! That keeps the browser bundle small for phones on poor Wi-Fi.
pub mod components;
pub mod layout;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod words;

use leptos::prelude::*;
use leptos_meta::{MetaTags, Stylesheet, Title, provide_meta_context};
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::{SsrMode, path};

use layout::AppLayout;
use pages::assets::{AssetPage, AssetsPage, ImportPage, LabelsPage, NewAssetPage};
use pages::changes::ChangesPage;
use pages::compliance::{CertificatesPage, CompliancePage, EvidencePage, FrameworkPage, PacksPage, PeoplePage};
use pages::inspections::{InspectionPage, InspectionReportPage, InspectionsPage, TemplatePage, TemplatesPage};
use pages::kpi::KpiPage;
use pages::osha::{
    CasePage, Form301Page, ItaPage, LogPage, NewCasePage, OshaPage, PrivacyPage, RatesPage, SummaryPage,
};
use pages::pm::{NewSchedulePage, SchedulePage, SchedulesPage};
use pages::production::ProductionPage;
use pages::reminders::{InboxPage, OutboxAdminPage, ReminderPoliciesPage};
use pages::report::{QrLanding, ReportPage};
use pages::safety::{CapaPage, EventPage, EventsPage, SafetyPage};
use pages::scan::ScanPage;
use pages::tpm::{RoundsPage, TagsPage};
use pages::work::{MyWorkPage, NewWorkOrderPage, WorkOrdersPage};
use pages::work_order::WorkOrderPage;
use pages::{audit::AuditPage, home::HomePage, login::LoginPage, not_found::NotFound, profile::ProfilePage};
use pages::{sites::SitesPage, user::UserPage, users::UsersPage};

/// Where the static bundle is served from: a path holding its hash (`backend::web::assets`).
fn bundle() -> String {
    #[cfg(feature = "ssr")]
    {
        backend::web::assets::prefix()
    }
    #[cfg(not(feature = "ssr"))]
    {
        String::new()
    }
}

pub fn shell(options: LeptosOptions) -> impl IntoView {
    let lang = components::use_lang();
    #[cfg(feature = "ssr")]
    let words = words::script_words(lang);
    #[cfg(not(feature = "ssr"))]
    let words = String::new();
    // islands mode renders the pages "not hydrating" (no resource data or markers outside the
    // islands), as Leptos' HydrationScripts sets it; the islands are loaded by enhance.js
    if let Some(sc) = Owner::current_shared_context() {
        sc.set_is_hydrating(false);
    }
    view! {
        <!DOCTYPE html>
        <html lang=lang.code()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="theme-color" content="#1f3a5f"/>
                <link rel="icon" href=format!("{}/pkg/favicon.svg", bundle()) type="image/svg+xml"/>
                <link rel="apple-touch-icon" href=format!("{}/pkg/icon-192.png", bundle())/>
                // installable: the manifest, and a service worker registered by enhance.js
                // with credentials: the start page follows the signed-in person's role
                <link rel="manifest" href="/manifest.webmanifest" crossorigin="use-credentials"/>
                // the page's title and stylesheet first: the stylesheet is what the first paint waits for
                <MetaTags/>
                <AutoReload options/>
                // forms posted in place, and the islands hydrated once the page has loaded
                // (enhance.js: no preload of the WebAssembly competes with the page's stylesheet);
                // without it every form still posts and reloads
                <script type="module" src=format!("{}/pkg/enhance.js", bundle()) nonce=leptos::nonce::use_nonce()></script>
                // the scripts' words in the reader's language (data, never run)
                <script type="application/json" id="gemba-words" nonce=leptos::nonce::use_nonce() inner_html=words></script>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Stylesheet id="gemba" href=format!("{}/pkg/gemba.css", bundle())/>
        <Title text="Gemba"/>
        <Router>
            <Routes fallback=NotFound>
                <Route path=path!("/login") view=LoginPage ssr=SsrMode::Async/>
                <Route path=path!("/a/:id") view=QrLanding ssr=SsrMode::Async/>
                <Route path=path!("/report/:id") view=ReportPage ssr=SsrMode::Async/>
                <ParentRoute path=path!("") view=AppLayout ssr=SsrMode::Async>
                    <Route path=path!("") view=HomePage ssr=SsrMode::Async/>
                    <Route path=path!("audit") view=AuditPage ssr=SsrMode::Async/>
                    <Route path=path!("profile") view=ProfilePage ssr=SsrMode::Async/>
                    <Route path=path!("inbox") view=InboxPage ssr=SsrMode::Async/>
                    <Route path=path!("changes") view=ChangesPage ssr=SsrMode::Async/>
                    <Route path=path!("reminders") view=ReminderPoliciesPage ssr=SsrMode::Async/>
                    <Route path=path!("admin/outbox") view=OutboxAdminPage ssr=SsrMode::Async/>
                    <Route path=path!("admin/users") view=UsersPage ssr=SsrMode::Async/>
                    <Route path=path!("admin/users/:id") view=UserPage ssr=SsrMode::Async/>
                    <Route path=path!("admin/sites") view=SitesPage ssr=SsrMode::Async/>
                    <Route path=path!("work") view=MyWorkPage ssr=SsrMode::Async/>
                    <Route path=path!("work-orders") view=WorkOrdersPage ssr=SsrMode::Async/>
                    <Route path=path!("work-orders/new") view=NewWorkOrderPage ssr=SsrMode::Async/>
                    <Route path=path!("work-orders/:id") view=WorkOrderPage ssr=SsrMode::Async/>
                    <Route path=path!("scan") view=ScanPage ssr=SsrMode::Async/>
                    <Route path=path!("assets") view=AssetsPage ssr=SsrMode::Async/>
                    <Route path=path!("assets/new") view=NewAssetPage ssr=SsrMode::Async/>
                    <Route path=path!("assets/import") view=ImportPage ssr=SsrMode::Async/>
                    <Route path=path!("assets/labels") view=LabelsPage ssr=SsrMode::Async/>
                    <Route path=path!("assets/:id") view=AssetPage ssr=SsrMode::Async/>
                    <Route path=path!("pm") view=SchedulesPage ssr=SsrMode::Async/>
                    <Route path=path!("pm/new") view=NewSchedulePage ssr=SsrMode::Async/>
                    <Route path=path!("pm/:id") view=SchedulePage ssr=SsrMode::Async/>
                    <Route path=path!("rounds") view=RoundsPage ssr=SsrMode::Async/>
                    <Route path=path!("tags") view=TagsPage ssr=SsrMode::Async/>
                    <Route path=path!("kpi") view=KpiPage ssr=SsrMode::Async/>
                    <Route path=path!("production") view=ProductionPage ssr=SsrMode::Async/>
                    <Route path=path!("safety") view=SafetyPage ssr=SsrMode::Async/>
                    <Route path=path!("safety/mine") view=SafetyPage ssr=SsrMode::Async/>
                    <Route path=path!("safety/events") view=EventsPage ssr=SsrMode::Async/>
                    <Route path=path!("safety/events/:id") view=EventPage ssr=SsrMode::Async/>
                    <Route path=path!("capa") view=CapaPage ssr=SsrMode::Async/>
                    <Route path=path!("templates") view=TemplatesPage ssr=SsrMode::Async/>
                    <Route path=path!("templates/:id") view=TemplatePage ssr=SsrMode::Async/>
                    <Route path=path!("compliance") view=CompliancePage ssr=SsrMode::Async/>
                    <Route path=path!("compliance/frameworks/:id") view=FrameworkPage ssr=SsrMode::Async/>
                    <Route path=path!("compliance/evidence/:id") view=EvidencePage ssr=SsrMode::Async/>
                    <Route path=path!("compliance/certificates") view=CertificatesPage ssr=SsrMode::Async/>
                    <Route path=path!("compliance/people") view=PeoplePage ssr=SsrMode::Async/>
                    <Route path=path!("compliance/packs") view=PacksPage ssr=SsrMode::Async/>
                    <Route path=path!("inspections") view=InspectionsPage ssr=SsrMode::Async/>
                    <Route path=path!("inspections/:id") view=InspectionPage ssr=SsrMode::Async/>
                    <Route path=path!("inspections/:id/report") view=InspectionReportPage ssr=SsrMode::Async/>
                    <Route path=path!("osha") view=OshaPage ssr=SsrMode::Async/>
                    <Route path=path!("osha/cases/new") view=NewCasePage ssr=SsrMode::Async/>
                    <Route path=path!("osha/cases/:id") view=CasePage ssr=SsrMode::Async/>
                    <Route path=path!("osha/cases/:id/301") view=Form301Page/>
                    <Route path=path!("osha/log") view=LogPage ssr=SsrMode::Async/>
                    <Route path=path!("osha/summary") view=SummaryPage ssr=SsrMode::Async/>
                    <Route path=path!("osha/privacy") view=PrivacyPage ssr=SsrMode::Async/>
                    <Route path=path!("osha/ita") view=ItaPage ssr=SsrMode::Async/>
                    <Route path=path!("osha/rates") view=RatesPage ssr=SsrMode::Async/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}
