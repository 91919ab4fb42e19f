//! Eight bytes tested at once in a `u64` (SWAR): which bytes equal a value, whether any is below
//! one. For the scans that run over every byte of a corpus or a listing.

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The eight bytes of `chunk`, the first in the lowest lane.
pub fn load(chunk: &[u8; 8]) -> u64 {
    u64::from_le_bytes(*chunk)
}

/// The high bit of each lane of `x` that holds exactly `byte`, and no other bit. (The low seven
/// bits of a lane plus 0x7F carry into its high bit unless they are all zero, and never into the
/// next lane.)
pub fn equal(x: u64, byte: u8) -> u64 {
    let x = x ^ (ONES * u64::from(byte));
    !(((x & !HIGH_BITS) + !HIGH_BITS) | x) & HIGH_BITS
}

/// Does any lane of `x` hold a byte below `n` (at most 128)? (Exact as a yes or no; which lanes
/// the bits fall in is not.)
pub fn any_below(x: u64, n: u8) -> bool {
    debug_assert!(n <= 128);
    x.wrapping_sub(ONES * u64::from(n)) & !x & HIGH_BITS != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_value_in_every_lane_is_tested_as_it_would_be_alone() {
        for lane in 0..8 {
            for filler in [0u8, b'a', 0x7F, 0x80, 0xC3, 0xFF] {
                for c in 0..=255u8 {
                    let mut chunk = [filler; 8];
                    chunk[lane] = c;
                    let x = load(&chunk);
                    for byte in [b' ', b'"', b'\\', 0, 0xFF] {
                        let expected = chunk
                            .iter()
                            .enumerate()
                            .filter(|(_, b)| **b == byte)
                            .fold(0, |m, (k, _)| m | 0x80 << (8 * k));
                        assert_eq!(equal(x, byte), expected, "{chunk:?} = {byte:#x}");
                    }
                    for n in [1, 0x20, 0x80] {
                        assert_eq!(any_below(x, n), chunk.iter().any(|b| *b < n), "{chunk:?} < {n:#x}");
                    }
                }
            }
        }
    }
}
