//! Stand statistics: counted only in borne mode (a stand's own tablet), anonymous, kept on this
//! device and never sent. Organisers read, export and erase them on /organisateur.

use crate::device;
use crate::modes::kiosk_on;
use guide_domain::stand::{StandEvent, StandStats};
use guide_domain::territory::civil_from_days;

const STORAGE_KEY: &str = "stand-statistiques";

pub fn load() -> StandStats {
    device::load(STORAGE_KEY).map(|s| StandStats::decode(&s)).unwrap_or_default()
}

pub fn erase() {
    device::forget(STORAGE_KEY);
}

/// Today in the device's calendar, `AAAA-MM-JJ`.
pub fn today_iso() -> String {
    let (y, m, d) = civil_from_days(crate::territory::today());
    format!("{y:04}-{m:02}-{d:02}")
}

pub fn record(event: StandEvent) {
    if !kiosk_on() {
        return;
    }
    let mut stats = load();
    stats.record(&today_iso(), event);
    device::save(STORAGE_KEY, &stats.encode());
}
