//! Owldesk's core: the shop as a running system, independent of any host.
//!
//! [`Core`] owns the SQLite store, the engine's [`Knowledge`] built from the FAQ, the clock, and
//! the event bus. Every host (the HTTP server, the desktop shell, the CLI, tests) drives the shop
//! through `Core`'s methods; a Tauri command or an HTTP handler is a thin adapter over one of them.
//! The core knows nothing of axum or Tauri.
//!
//! Operations live in modules named after what they act on: [`inbound`] (a buyer's message
//! arrives), [`handling`] (people take over, reply, resolve, snooze, hand back), [`faq`] (the
//! owner's knowledge, import and export), [`eval`] (the evaluation harness). Night mode is
//! [`hours`] (business hours at an instant), [`night`] (the mode in force, the override),
//! [`holding`] (holding replies), [`respond`] (replies, drafts and the once-per-night rule),
//! [`drafts`] (people approving drafts), [`tick`] (what the passage of time does: the response
//! guard, auto-resolve, snoozes, the morning [`briefing`]) and [`simulate`] (a scripted night on
//! a virtual clock). Side effects that are not storage (notifications, SSE, stats) hang off the
//! [`DomainEvent`]s sent on the bus.

pub mod alerts;
pub mod backups;
pub mod briefing;
pub mod clock;
pub mod demo;
pub mod drafts;
pub mod error;
pub mod eval;
pub mod faq;
pub mod faq_csv;
pub mod handling;
pub mod holding;
pub mod hours;
pub mod inbound;
pub mod night;
pub mod notifications;
pub mod notifier;
pub mod query;
pub mod respond;
pub mod rules;
pub mod simulate;
pub mod stats;
pub mod tick;

pub use clock::{Clock, FixedClock, SystemClock};
pub use error::{CoreError, ErrorCode, Result};
pub use owldesk_store::Page;

use owldesk_domain::{DomainEvent, ShopSettings};
use owldesk_engine::{Knowledge, ShopProfile};
use owldesk_store::{Store, Transaction};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use tokio::sync::broadcast;

/// The database file's name inside the data directory.
pub const DB_FILE: &str = "owldesk.sqlite3";

/// How many events a slow listener may fall behind before it misses some.
const EVENT_BUFFER: usize = 1024;

/// The running shop. Cheap to clone; clones share everything.
#[derive(Clone)]
pub struct Core {
    inner: Arc<Inner>,
}

struct Inner {
    store: Mutex<Store>,
    knowledge: RwLock<Arc<Knowledge>>,
    events: broadcast::Sender<DomainEvent>,
    clock: Arc<dyn Clock>,
    ids: Mutex<ulid::Generator>,
    db_path: Option<PathBuf>,
}

impl Core {
    /// Opens the shop whose data lives in `data_dir` (created if missing), on the system clock.
    ///
    /// # Errors
    /// When the directory cannot be created or the database cannot be opened or migrated.
    pub fn open(data_dir: &Path) -> Result<Core> {
        Self::open_with_clock(data_dir, Arc::new(SystemClock))
    }

    /// Opens the shop in `data_dir` with the given clock.
    ///
    /// # Errors
    /// As [`Core::open`].
    pub fn open_with_clock(data_dir: &Path, clock: Arc<dyn Clock>) -> Result<Core> {
        std::fs::create_dir_all(data_dir).map_err(|source| CoreError::Io {
            path: data_dir.display().to_string(),
            source,
        })?;
        let path = data_dir.join(DB_FILE);
        let store = Store::open(&path)?;
        let core = Self::from_store(store, clock, Some(path))?;
        core.resume_pending()?;
        Ok(core)
    }

    /// A shop in memory, for tests, `owldesk ask` and the evaluation harness.
    ///
    /// # Errors
    /// When the in-memory database cannot be set up.
    pub fn in_memory(clock: Arc<dyn Clock>) -> Result<Core> {
        Self::from_store(Store::open_in_memory()?, clock, None)
    }

    fn from_store(store: Store, clock: Arc<dyn Clock>, db_path: Option<PathBuf>) -> Result<Core> {
        let (events, _) = broadcast::channel(EVENT_BUFFER);
        let placeholder = Knowledge::build(
            Vec::new(),
            ShopProfile {
                name: String::new(),
                greeting: String::new(),
            },
            Vec::new(),
            Default::default(),
        );
        let core = Core {
            inner: Arc::new(Inner {
                store: Mutex::new(store),
                knowledge: RwLock::new(Arc::new(placeholder)),
                events,
                clock,
                ids: Mutex::new(ulid::Generator::new()),
                db_path,
            }),
        };
        core.rebuild_knowledge()?;
        Ok(core)
    }

    /// Listens to everything that happens from now on.
    pub fn subscribe(&self) -> broadcast::Receiver<DomainEvent> {
        self.inner.events.subscribe()
    }

    /// The core's clock.
    pub fn clock(&self) -> &dyn Clock {
        self.inner.clock.as_ref()
    }

    /// The engine's current knowledge (FAQ index, shop, rules, thresholds).
    pub fn knowledge(&self) -> Arc<Knowledge> {
        self.inner
            .knowledge
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// The database file, when the shop lives on disk.
    pub fn db_path(&self) -> Option<&Path> {
        self.inner.db_path.as_deref()
    }

    /// The shop's settings (defaults until the owner saves some).
    ///
    /// # Errors
    /// On a storage failure.
    pub fn settings(&self) -> Result<ShopSettings> {
        self.read(|c| Ok(owldesk_store::settings::shop(c)?.unwrap_or_default()))
    }

    /// Validates and saves the shop's settings; the engine uses them at once.
    ///
    /// # Errors
    /// [`CoreError::Invalid`] naming the field; storage failures.
    pub fn update_settings(&self, settings: ShopSettings, actor: &str) -> Result<ShopSettings> {
        settings.validate()?;
        let at = self.now();
        self.write(|tx| {
            owldesk_store::settings::put_shop(tx, &settings)?;
            owldesk_store::audit::record(
                tx,
                at,
                actor,
                "settings.update",
                "shop",
                &serde_json::to_value(&settings)?,
            )?;
            Ok(())
        })?;
        self.rebuild_knowledge()?;
        Ok(settings)
    }

    /// Writes a backup of the whole database to `dest` (which must not exist).
    ///
    /// # Errors
    /// When the backup cannot be written.
    pub fn backup(&self, dest: &Path) -> Result<()> {
        let store = self.inner.store.lock().unwrap_or_else(|p| p.into_inner());
        Ok(store.backup_to(dest)?)
    }

    /// Rebuilds the engine's knowledge from the stored FAQ, rules and settings.
    pub(crate) fn rebuild_knowledge(&self) -> Result<()> {
        let (faq, rules, settings) = self.read(|c| {
            Ok((
                owldesk_store::faq::list(c)?,
                owldesk_store::rules::list(c)?,
                owldesk_store::settings::shop(c)?.unwrap_or_default(),
            ))
        })?;
        let shop = ShopProfile {
            name: settings.name.clone(),
            greeting: settings.greeting.clone(),
        };
        let knowledge = Knowledge::build(faq, shop, rules, settings.thresholds);
        *self
            .inner
            .knowledge
            .write()
            .unwrap_or_else(|p| p.into_inner()) = Arc::new(knowledge);
        Ok(())
    }

    pub(crate) fn now(&self) -> jiff::Timestamp {
        self.inner.clock.now()
    }

    /// A new ULID, monotonic within the same millisecond of the core's clock.
    pub(crate) fn new_id(&self) -> String {
        let at = std::time::SystemTime::from(self.now());
        let mut ids = self.inner.ids.lock().unwrap_or_else(|p| p.into_inner());
        match ids.generate_from_datetime(at) {
            Ok(id) => id.to_string(),
            // The random part overflowed within one millisecond: start afresh.
            Err(_) => ulid::Ulid::from_datetime(at).to_string(),
        }
    }

    pub(crate) fn emit(&self, event: DomainEvent) {
        // No listener is not an error: events are for whoever is interested.
        let _ = self.inner.events.send(event);
    }

    pub(crate) fn read<T>(
        &self,
        f: impl FnOnce(&owldesk_store::Connection) -> Result<T, owldesk_store::StoreError>,
    ) -> Result<T> {
        let store = self.inner.store.lock().unwrap_or_else(|p| p.into_inner());
        Ok(f(store.conn())?)
    }

    pub(crate) fn write<T>(
        &self,
        f: impl FnOnce(&Transaction<'_>) -> Result<T, owldesk_store::StoreError>,
    ) -> Result<T> {
        let mut store = self.inner.store.lock().unwrap_or_else(|p| p.into_inner());
        Ok(store.write(f)?)
    }

    /// Like [`Core::write`] for closures that fail with a [`CoreError`].
    pub(crate) fn write_checked<T>(
        &self,
        f: impl FnOnce(&Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        let mut store = self.inner.store.lock().unwrap_or_else(|p| p.into_inner());
        let mut outcome = None;
        let result = store.write(|tx| match f(tx) {
            Ok(v) => Ok(v),
            Err(e) => {
                outcome = Some(e);
                Err(owldesk_store::StoreError::Conflict("rolled back".into()))
            }
        });
        match (result, outcome) {
            (_, Some(e)) => Err(e),
            (Ok(v), None) => Ok(v),
            (Err(e), None) => Err(e.into()),
        }
    }
}
