//! Spare parts stock: consumption on completion never takes stock below zero silently.
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, thiserror::Error, Serialize, Deserialize)]
pub enum StockError {
    #[error("Only {on_hand} of {part} in stock; {wanted} needed. Correct the quantity or record a stock count first.")]
    Insufficient { part: String, on_hand: f64, wanted: f64 },
    #[error("Enter a quantity greater than zero.")]
    NotPositive,
}

pub fn check_quantity(qty: f64) -> Result<f64, StockError> {
    if qty.is_finite() && qty > 0.0 { Ok(qty) } else { Err(StockError::NotPositive) }
}

/// New stock after taking `wanted`; refused rather than going negative.
pub fn consume(part: &str, on_hand: f64, wanted: f64) -> Result<f64, StockError> {
    check_quantity(wanted)?;
    if wanted > on_hand + 1e-9 {
        return Err(StockError::Insufficient { part: part.to_string(), on_hand, wanted });
    }
    Ok((on_hand - wanted).max(0.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stock_never_goes_below_zero() {
        assert_eq!(consume("V-belt A42", 3.0, 2.0), Ok(1.0));
        assert_eq!(consume("V-belt A42", 2.0, 2.0), Ok(0.0));
        let err = consume("V-belt A42", 1.0, 2.0).unwrap_err();
        assert!(err.to_string().starts_with("Only 1 of V-belt A42 in stock; 2 needed."), "{err}");
        assert_eq!(consume("x", 5.0, 0.0), Err(StockError::NotPositive));
        assert_eq!(consume("x", 5.0, -1.0), Err(StockError::NotPositive));
    }
}
