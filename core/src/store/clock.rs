//! A hybrid logical clock: wall-clock milliseconds, a counter for changes within one
//! millisecond (or while this laptop's clock is behind one it has heard from), and the laptop,
//! so that two changes anywhere are always ordered, and ordered the same on every laptop.
//!
//! Written as text that sorts as the clock does (`0001764540000000-0000-<laptop>`), so SQLite
//! compares stamps with `<` and `max()`.

use std::fmt;

/// One moment on one laptop's clock.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Stamp {
    /// Milliseconds since 1970, never less than any stamp this laptop has seen.
    pub millis: u64,
    /// Changes in the same millisecond, counted.
    pub counter: u32,
    /// The laptop that made the change: breaks a tie between two laptops.
    pub laptop: String,
}

impl fmt::Display for Stamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:016}-{:04x}-{}",
            self.millis, self.counter, self.laptop
        )
    }
}

impl Stamp {
    /// A stamp as `Display` writes it, or `None`.
    pub fn parse(text: &str) -> Option<Stamp> {
        let (millis, rest) = text.split_once('-')?;
        let (counter, laptop) = rest.split_once('-')?;
        if millis.len() != 16 || counter.len() != 4 || laptop.is_empty() {
            return None;
        }
        Some(Stamp {
            millis: millis.parse().ok()?,
            counter: u32::from_str_radix(counter, 16).ok()?,
            laptop: laptop.to_owned(),
        })
    }
}

/// The clock of one laptop: the last stamp it gave or heard of.
#[derive(Clone, Debug)]
pub struct Clock {
    last: Stamp,
}

/// The most changes one millisecond can hold (the counter's four hex digits).
const MAX_COUNTER: u32 = 0xffff;

impl Clock {
    /// A clock for `laptop` that has seen nothing yet.
    pub fn new(laptop: &str) -> Clock {
        Clock {
            last: Stamp {
                millis: 0,
                counter: 0,
                laptop: laptop.to_owned(),
            },
        }
    }

    /// A clock that resumes after `last`, the latest stamp this laptop has stored.
    pub fn resume(laptop: &str, last: Option<Stamp>) -> Clock {
        let mut clock = Clock::new(laptop);
        if let Some(last) = last {
            clock.observe(&last);
        }
        clock
    }

    /// A stamp for a change made now (`now_millis` is the wall clock), later than every stamp
    /// this clock has given or seen.
    pub fn tick(&mut self, now_millis: u64) -> Stamp {
        if now_millis > self.last.millis {
            self.last.millis = now_millis;
            self.last.counter = 0;
        } else if self.last.counter < MAX_COUNTER {
            self.last.counter += 1;
        } else {
            // A burst of changes beyond what one millisecond can count borrows the next one.
            self.last.millis += 1;
            self.last.counter = 0;
        }
        self.last.clone()
    }

    /// Hear of a stamp from another laptop: the next change here comes after it.
    pub fn observe(&mut self, seen: &Stamp) {
        if (seen.millis, seen.counter) > (self.last.millis, self.last.counter) {
            self.last.millis = seen.millis;
            self.last.counter = seen.counter;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_sort_as_text_as_they_sort_as_clocks() {
        let mut a = Clock::new("a");
        let stamps: Vec<Stamp> = [5, 5, 5, 3, 1_764_540_000_000, 1_764_540_000_000]
            .into_iter()
            .map(|t| a.tick(t))
            .collect();
        for pair in stamps.windows(2) {
            assert!(pair[0] < pair[1], "{pair:?}");
            assert!(pair[0].to_string() < pair[1].to_string(), "{pair:?}");
        }
        for stamp in &stamps {
            assert_eq!(Stamp::parse(&stamp.to_string()).as_ref(), Some(stamp));
        }
        assert_eq!(Stamp::parse("12-0000-a"), None);
    }

    #[test]
    fn a_laptop_whose_clock_is_behind_still_stamps_after_what_it_heard() {
        let mut ahead = Clock::new("ahead");
        let mut behind = Clock::new("behind");
        let heard = ahead.tick(10_000);
        behind.observe(&heard);
        let next = behind.tick(5_000);
        assert!(next > heard);
        assert_eq!((next.millis, next.counter), (10_000, 1));
        // Two laptops at the same moment: ordered by laptop, the same everywhere.
        let mut other = Clock::new("zeta");
        assert!(other.tick(20_000) > Clock::new("alpha").tick(20_000));
    }

    #[test]
    fn a_burst_beyond_the_counter_moves_on_a_millisecond() {
        let mut clock = Clock::new("a");
        let mut last = clock.tick(1);
        for _ in 0..70_000 {
            let next = clock.tick(1);
            assert!(next > last);
            last = next;
        }
        assert!(last.millis > 1);
    }
}
