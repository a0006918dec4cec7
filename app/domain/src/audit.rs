//! The tamper-evident audit trail: each event's hash is SHA-256 over the previous event's hash and
//! the event's canonical form, so altering, inserting or removing a row breaks every later link.
use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

/// `prev_hash` of the first event.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One audit event as stored (without its hashes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRecord {
    pub seq: i64,
    pub occurred_at: DateTime<Utc>,
    pub actor_user_id: Option<i64>,
    /// Who did it, as shown to people (e-mail, "system", "cli").
    pub actor_label: String,
    pub site_id: Option<i64>,
    pub action: String,
    pub entity_type: String,
    pub entity_id: String,
    /// Canonical JSON text (see [`canonical_json`]) or None.
    pub before: Option<String>,
    pub after: Option<String>,
    pub reason: Option<String>,
}

/// Time as hashed and stored: UTC, microsecond precision (what PostgreSQL keeps).
pub fn canonical_time(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Micros, true)
}

impl AuditRecord {
    /// An unambiguous, deterministic serialisation: a JSON array of every field.
    pub fn canonical(&self) -> String {
        serde_json::json!([
            self.seq,
            canonical_time(self.occurred_at),
            self.actor_user_id,
            self.actor_label,
            self.site_id,
            self.action,
            self.entity_type,
            self.entity_id,
            self.before,
            self.after,
            self.reason,
        ])
        .to_string()
    }
}

pub fn chain_hash(prev_hash: &str, record: &AuditRecord) -> String {
    let mut h = Sha256::new();
    h.update(prev_hash.as_bytes());
    h.update(b"\n");
    h.update(record.canonical().as_bytes());
    hex(&h.finalize())
}

pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 0xf) as usize] as char);
    }
    s
}

/// JSON with object keys sorted at every level, so equal values always hash equally whatever
/// order a map was built in.
pub fn canonical_json(value: &Value) -> String {
    fn sorted(v: &Value) -> Value {
        match v {
            Value::Object(map) => {
                let mut keys: Vec<&String> = map.keys().collect();
                keys.sort();
                let mut out = serde_json::Map::new();
                for k in keys {
                    out.insert(k.clone(), sorted(&map[k]));
                }
                Value::Object(out)
            }
            Value::Array(items) => Value::Array(items.iter().map(sorted).collect()),
            other => other.clone(),
        }
    }
    // serde_json's Map keeps insertion order with `preserve_order` and sorts without it; inserting
    // in sorted order gives the same text either way.
    sorted(value).to_string()
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChainError {
    #[error("audit event {seq}: expected sequence {expected}, a row is missing or was inserted")]
    Gap { seq: i64, expected: i64 },
    #[error("audit event {seq}: prev_hash does not match the previous event's hash")]
    PrevMismatch { seq: i64 },
    #[error("audit event {seq}: hash does not match its content (the row was altered)")]
    HashMismatch { seq: i64 },
}

impl ChainError {
    pub fn seq(&self) -> i64 {
        match self {
            ChainError::Gap { seq, .. } | ChainError::PrevMismatch { seq } | ChainError::HashMismatch { seq } => *seq,
        }
    }
}

/// Checks events in sequence order, one at a time, so a long trail can be streamed.
#[derive(Debug)]
pub struct ChainVerifier {
    last_hash: String,
    next_seq: i64,
    count: u64,
}

impl Default for ChainVerifier {
    fn default() -> Self {
        ChainVerifier { last_hash: GENESIS_HASH.to_string(), next_seq: 1, count: 0 }
    }
}

impl ChainVerifier {
    pub fn push(&mut self, record: &AuditRecord, prev_hash: &str, hash: &str) -> Result<(), ChainError> {
        if record.seq != self.next_seq {
            return Err(ChainError::Gap { seq: record.seq, expected: self.next_seq });
        }
        if prev_hash != self.last_hash {
            return Err(ChainError::PrevMismatch { seq: record.seq });
        }
        if chain_hash(prev_hash, record) != hash {
            return Err(ChainError::HashMismatch { seq: record.seq });
        }
        self.last_hash = hash.to_string();
        self.next_seq += 1;
        self.count += 1;
        Ok(())
    }

    pub fn count(&self) -> u64 {
        self.count
    }

    pub fn last_hash(&self) -> &str {
        &self.last_hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn rec(seq: i64, action: &str) -> AuditRecord {
        AuditRecord {
            seq,
            occurred_at: Utc.with_ymd_and_hms(2026, 11, 22, 8, 30, seq as u32).unwrap(),
            actor_user_id: Some(1),
            actor_label: "admin@demo.example".into(),
            site_id: Some(2),
            action: action.into(),
            entity_type: "user".into(),
            entity_id: "7".into(),
            before: None,
            after: Some(canonical_json(&serde_json::json!({"name": "A", "active": true}))),
            reason: None,
        }
    }

    fn chain(n: i64) -> Vec<(AuditRecord, String, String)> {
        let mut prev = GENESIS_HASH.to_string();
        (1..=n)
            .map(|i| {
                let r = rec(i, "user.create");
                let h = chain_hash(&prev, &r);
                let row = (r, prev.clone(), h.clone());
                prev = h;
                row
            })
            .collect()
    }

    fn verify(rows: &[(AuditRecord, String, String)]) -> Result<u64, ChainError> {
        let mut v = ChainVerifier::default();
        for (r, p, h) in rows {
            v.push(r, p, h)?;
        }
        Ok(v.count())
    }

    #[test]
    fn intact_chain_verifies() {
        assert_eq!(verify(&chain(5)), Ok(5));
        assert_eq!(verify(&[]), Ok(0));
    }

    #[test]
    fn altered_content_is_detected_at_its_sequence() {
        let mut rows = chain(5);
        rows[2].0.after = Some("{\"active\":false,\"name\":\"A\"}".into());
        assert_eq!(verify(&rows), Err(ChainError::HashMismatch { seq: 3 }));
    }

    #[test]
    fn rehashed_row_breaks_the_next_link() {
        let mut rows = chain(5);
        rows[1].0.reason = Some("covering tracks".into());
        rows[1].2 = chain_hash(&rows[1].1, &rows[1].0);
        assert_eq!(verify(&rows), Err(ChainError::PrevMismatch { seq: 3 }));
    }

    #[test]
    fn removed_row_is_detected() {
        let mut rows = chain(5);
        rows.remove(3);
        assert_eq!(verify(&rows), Err(ChainError::Gap { seq: 5, expected: 4 }));
    }

    #[test]
    fn canonical_json_sorts_keys_at_every_level() {
        let a = serde_json::json!({"b": 1, "a": {"z": true, "y": [ {"d": 1, "c": 2} ]}});
        assert_eq!(canonical_json(&a), r#"{"a":{"y":[{"c":2,"d":1}],"z":true},"b":1}"#);
    }

    #[test]
    fn time_is_hashed_at_microsecond_precision() {
        let t = Utc.timestamp_opt(1_800_000_000, 123_456_789).unwrap();
        assert_eq!(canonical_time(t), "2027-01-15T08:00:00.123456Z");
    }
}
