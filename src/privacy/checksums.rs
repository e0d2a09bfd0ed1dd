//! The control keys that tell a real NIR or IBAN from a number that only looks like one: checking
//! them keeps the scan quiet on invoice numbers and file references.

/// A NIR of 15 characters (13 + key), spaces removed; Corsica's 2A and 2B count as 19 and 18.
pub fn nir_is_valid(nir: &str) -> bool {
    let chars: Vec<char> = nir.chars().filter(|c| !c.is_whitespace() && !matches!(c, '.' | '-')).collect();
    if chars.len() != 15 || !chars.iter().all(char::is_ascii_alphanumeric) {
        return false;
    }
    let body: String = chars[..13].iter().collect();
    let key: String = chars[13..].iter().collect();
    let numeric = match body[5..7].to_ascii_uppercase().as_str() {
        "2A" => format!("{}19{}", &body[..5], &body[7..]),
        "2B" => format!("{}18{}", &body[..5], &body[7..]),
        _ => body,
    };
    let (Ok(n), Ok(k)) = (numeric.parse::<u64>(), key.parse::<u64>()) else {
        return false;
    };
    (1..=97).contains(&k) && 97 - n % 97 == k
}

/// An IBAN with its ISO 13616 check: the first four characters moved to the end, letters as
/// 10–35, the whole number modulo 97 is 1.
pub fn iban_is_valid(iban: &str) -> bool {
    let compact: Vec<char> = iban.chars().filter(|c| !c.is_whitespace()).map(|c| c.to_ascii_uppercase()).collect();
    if !(15..=34).contains(&compact.len()) || !compact.iter().all(char::is_ascii_alphanumeric) {
        return false;
    }
    let (head, tail) = compact.split_at(4);
    if !head[..2].iter().all(char::is_ascii_alphabetic) || !head[2..].iter().all(char::is_ascii_digit) {
        return false;
    }
    let mut remainder: u32 = 0;
    for c in tail.iter().chain(head) {
        let Some(value) = c.to_digit(36) else { return false };
        // Letters are two digits, digits one: fold them in one at a time.
        for digit in if value >= 10 { vec![value / 10, value % 10] } else { vec![value] } {
            remainder = (remainder * 10 + digit) % 97;
        }
    }
    remainder == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nir_keys() {
        // 97 − (1 84 12 75 108 234 mod 97) = 97 − 64 = 33.
        assert_eq!(1_841_275_108_234u64 % 97, 64);
        assert!(nir_is_valid("1 84 12 75 108 234 33"));
        assert!(nir_is_valid("184127510823433"));
        assert!(!nir_is_valid("1 84 12 75 108 234 34"), "wrong key");
        assert!(!nir_is_valid("1 84 12 75 108 234"), "no key");
        assert!(!nir_is_valid("1841é7510823433"), "not a number, and no panic");
        // Corsica: 2A counts as 19.
        let n = 2_690_519_004_123u64;
        let key = 97 - n % 97;
        assert!(nir_is_valid(&format!("2 69 05 2A 004 123 {key:02}")));
        assert!(!nir_is_valid(&format!("2 69 05 2B 004 123 {key:02}")), "2B is 18, not 19");
    }

    #[test]
    fn iban_checks() {
        assert!(iban_is_valid("FR76 3000 6000 0112 3456 7890 189"));
        assert!(iban_is_valid("FR7630006000011234567890189"));
        assert!(!iban_is_valid("FR76 3000 6000 0112 3456 7890 188"));
        assert!(iban_is_valid("DE89 3704 0044 0532 0130 00"));
        assert!(!iban_is_valid("FR76"));
        assert!(!iban_is_valid("7630 0060 0001 1234 5678 9018 9"));
    }
}
