//! Reading the shop: conversations, their messages, escalations, with keyset pagination.
//!
//! Lists are newest first and paginated with an opaque `cursor` (what the previous page returned
//! as `next_cursor`); `limit` defaults to [`DEFAULT_LIMIT`] and is capped at [`MAX_LIMIT`].

use owldesk_domain::{
    Conversation, ConversationId, ConversationStatus, Escalation, EscalationId, EscalationStatus,
    Message,
};
use owldesk_store::conversations::ConversationQuery;
use owldesk_store::{Page, conversations, escalations, messages};

use crate::{Core, CoreError, Result};

/// Page size when the caller gives none.
pub const DEFAULT_LIMIT: usize = 50;
/// The largest page a caller may ask for.
pub const MAX_LIMIT: usize = 500;

/// Which page of a list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageRequest {
    /// How many items (default [`DEFAULT_LIMIT`]).
    pub limit: Option<usize>,
    /// Where the previous page ended.
    pub cursor: Option<String>,
}

impl PageRequest {
    fn limit(&self) -> Result<usize> {
        match self.limit {
            None => Ok(DEFAULT_LIMIT),
            Some(0) => Err(CoreError::invalid("limit", "must be at least 1")),
            Some(n) if n > MAX_LIMIT => Err(CoreError::invalid(
                "limit",
                format!("must be at most {MAX_LIMIT}"),
            )),
            Some(n) => Ok(n),
        }
    }
}

impl Core {
    /// Conversations, most recently active first, optionally by status and search text.
    ///
    /// # Errors
    /// [`CoreError::Invalid`] for a bad limit or cursor; storage failures.
    pub fn conversations(
        &self,
        status: Option<ConversationStatus>,
        search: Option<String>,
        page: &PageRequest,
    ) -> Result<Page<Conversation>> {
        let q = ConversationQuery {
            status,
            search: search.filter(|s| !s.trim().is_empty()),
            limit: page.limit()?,
            cursor: page.cursor.clone(),
        };
        self.read(|c| conversations::list(c, &q))
            .map_err(bad_cursor)
    }

    /// One conversation.
    ///
    /// # Errors
    /// [`CoreError::NotFound`].
    pub fn conversation(&self, id: &ConversationId) -> Result<Conversation> {
        self.read(|c| conversations::get(c, id))?
            .ok_or_else(|| CoreError::NotFound(format!("conversation {id}")))
    }

    /// A conversation's messages, newest first.
    ///
    /// # Errors
    /// [`CoreError::NotFound`] for an unknown conversation; a bad limit or cursor.
    pub fn messages(&self, id: &ConversationId, page: &PageRequest) -> Result<Page<Message>> {
        self.conversation(id)?;
        let limit = page.limit()?;
        self.read(|c| messages::list_for_conversation(c, id, limit, page.cursor.as_deref()))
            .map_err(bad_cursor)
    }

    /// Escalations, newest first, optionally by status.
    ///
    /// # Errors
    /// A bad limit or cursor; storage failures.
    pub fn escalations(
        &self,
        status: Option<EscalationStatus>,
        page: &PageRequest,
    ) -> Result<Page<Escalation>> {
        let limit = page.limit()?;
        self.read(|c| escalations::list(c, status, limit, page.cursor.as_deref()))
            .map_err(bad_cursor)
    }

    /// How many escalations wait for a person now (open, not snoozed or resolved): the number
    /// the tray shows.
    ///
    /// # Errors
    /// Storage failures.
    pub fn waiting_escalations(&self) -> Result<u64> {
        let counts = self.read(escalations::count_by_status)?;
        Ok(counts
            .into_iter()
            .find(|(s, _)| *s == EscalationStatus::Open)
            .map_or(0, |(_, n)| n))
    }

    /// One escalation.
    ///
    /// # Errors
    /// [`CoreError::NotFound`].
    pub fn escalation(&self, id: &EscalationId) -> Result<Escalation> {
        self.read(|c| escalations::get(c, id))?
            .ok_or_else(|| CoreError::NotFound(format!("escalation {id}")))
    }
}

/// A cursor the store could not read is the caller's mistake, not a storage failure.
fn bad_cursor(e: CoreError) -> CoreError {
    match e {
        CoreError::Store(owldesk_store::StoreError::Invalid(m)) => CoreError::invalid("cursor", m),
        other => other,
    }
}
