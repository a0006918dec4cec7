//! Meters and readings: a cumulative meter never goes backwards unless the reading is marked as a
//! meter reset (a replaced counter); a gauge may read anything.
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeterKind {
    /// Running hours, cycles, kilometres: only grows.
    Cumulative,
    /// Temperature, pressure, vibration: any value.
    Gauge,
}

impl MeterKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MeterKind::Cumulative => "cumulative",
            MeterKind::Gauge => "gauge",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s.trim() {
            "cumulative" => Some(MeterKind::Cumulative),
            "gauge" => Some(MeterKind::Gauge),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ReadingError {
    #[error("Enter a number.")]
    NotANumber,
    #[error(
        "This reading ({value}) is lower than the last one ({last}). If the counter was reset or replaced, mark the reading as a meter reset."
    )]
    Backwards { value: f64, last: f64 },
    #[error("A meter reading cannot be negative on a cumulative meter.")]
    Negative,
    #[error("A meter shows at most 12 digits: check this reading.")]
    TooLarge,
}

/// The largest reading a meter holds (12 digits): a typo or a unit mix-up beyond it is refused
/// rather than making every later reading look backwards.
pub const MAX_READING: f64 = 999_999_999_999.0;

/// A reading accepted for a meter.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct MeterReading {
    value: f64,
    reset: bool,
}

impl MeterReading {
    pub fn new(kind: MeterKind, value: f64, last: Option<f64>, reset: bool) -> Result<Self, ReadingError> {
        if !value.is_finite() {
            return Err(ReadingError::NotANumber);
        }
        if value.abs() > MAX_READING {
            return Err(ReadingError::TooLarge);
        }
        if kind == MeterKind::Cumulative {
            if value < 0.0 {
                return Err(ReadingError::Negative);
            }
            if let Some(last) = last
                && value < last
                && !reset
            {
                return Err(ReadingError::Backwards { value, last });
            }
        }
        Ok(MeterReading { value, reset })
    }

    pub fn parse(kind: MeterKind, raw: &str, last: Option<f64>, reset: bool) -> Result<Self, ReadingError> {
        let v: f64 = raw.trim().replace(',', ".").parse().map_err(|_| ReadingError::NotANumber)?;
        MeterReading::new(kind, v, last, reset)
    }

    pub fn value(&self) -> f64 {
        self.value
    }

    pub fn is_reset(&self) -> bool {
        self.reset
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cumulative_readings_cannot_go_backwards_without_a_reset() {
        let err = MeterReading::new(MeterKind::Cumulative, 1200.0, Some(1250.0), false).unwrap_err();
        assert!(err.to_string().contains("mark the reading as a meter reset"), "{err}");
        assert!(MeterReading::new(MeterKind::Cumulative, 3.0, Some(1250.0), true).unwrap().is_reset());
        assert_eq!(MeterReading::new(MeterKind::Cumulative, 1250.0, Some(1250.0), false).unwrap().value(), 1250.0);
        assert_eq!(MeterReading::new(MeterKind::Cumulative, -1.0, None, false), Err(ReadingError::Negative));
        assert_eq!(MeterReading::new(MeterKind::Cumulative, 1e300, Some(10.0), false), Err(ReadingError::TooLarge));
        assert!(MeterReading::new(MeterKind::Gauge, -1e13, None, false).is_err());
        assert!(MeterReading::new(MeterKind::Cumulative, MAX_READING, None, false).is_ok());
    }

    #[test]
    fn gauges_take_any_value_and_input_is_parsed() {
        assert!(MeterReading::new(MeterKind::Gauge, -12.5, Some(80.0), false).is_ok());
        assert_eq!(MeterReading::parse(MeterKind::Gauge, " 71,5 ", None, false).unwrap().value(), 71.5);
        assert_eq!(MeterReading::parse(MeterKind::Gauge, "abc", None, false), Err(ReadingError::NotANumber));
        assert_eq!(MeterReading::new(MeterKind::Gauge, f64::NAN, None, false), Err(ReadingError::NotANumber));
    }
}
