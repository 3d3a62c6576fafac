//! Reading many texts at once: building the index tokenises every question, paraphrase and
//! answer of the FAQ, and each text is read on its own, so the work is split over the machine's
//! cores (scoped threads; no state is shared but the read-only segmenter).

use std::num::NonZeroUsize;
use std::thread;

/// Below this many texts a thread is not worth starting.
const PER_THREAD: usize = 64;

/// `read` applied to every text, results in the order of `texts`.
pub(super) fn read_all<T: Send>(texts: &[&str], read: &(impl Fn(&str) -> T + Sync)) -> Vec<T> {
    let cores = thread::available_parallelism().map_or(1, NonZeroUsize::get);
    let chunk = texts.len().div_ceil(cores).max(PER_THREAD);
    if texts.len() <= chunk {
        return texts.iter().map(|t| read(t)).collect();
    }
    thread::scope(|scope| {
        let parts: Vec<_> = texts
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(|t| read(t)).collect::<Vec<T>>()))
            .collect();
        parts
            .into_iter()
            // A panic while reading is passed on as it is, as it would be without threads.
            .flat_map(|part| part.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_order_of_the_texts() {
        let texts: Vec<String> = (0..1000).map(|i| i.to_string()).collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let read = read_all(&refs, &|t: &str| t.parse::<u32>().unwrap());
        assert_eq!(read, (0..1000).collect::<Vec<u32>>());
        assert!(read_all(&[], &|t: &str| t.len()).is_empty());
    }
}
