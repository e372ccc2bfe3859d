//! The service directory with 100,000 generated services (targets in docs/benchmarks.md):
//! nearest-10 p99 < 1 ms, category + place p99 < 2 ms, import of 100,000 flat-CSV rows on
//! SQLite < 10 s, the directory in memory < 100 MB.
//!
//!     cargo bench --bench directory
//!
//! A plain `main`: it reports percentiles and memory, which criterion does not. Memory is
//! counted by a global allocator that tracks live bytes: the directory's size is the live
//! bytes after building it minus before (the rows it was built from are counted apart).

use std::alloc::{GlobalAlloc, Layout, System};
use std::fmt::Write as _;
use std::sync::atomic::{AtomicIsize, Ordering};
use std::time::{Duration, Instant};

use carenet::directory::{Category, Directory, Query, flat::FLAT_COLUMNS};
use carenet::geo::Coordinates;
use carenet::store::Store;

struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as isize, Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(
            new_size as isize - layout.size() as isize,
            Ordering::Relaxed,
        );
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const SERVICES: usize = 100_000;
const QUERIES: usize = 2_000;

/// Towns services cluster around: Lombardy, Tuscany, Andalusia, Athens, Rome, Madrid.
const TOWNS: [(&str, &str, f64, f64); 8] = [
    ("Mantova", "it", 45.156, 10.791),
    ("Brescia", "it", 45.541, 10.219),
    ("Firenze", "it", 43.769, 11.256),
    ("Sevilla", "es", 37.389, -5.984),
    ("Granada", "es", 37.177, -3.599),
    ("Madrid", "es", 40.417, -3.704),
    ("Roma", "it", 41.903, 12.496),
    ("Athina", "gr", 37.984, 23.728),
];

/// A small deterministic generator, so that runs compare.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn unit(&mut self) -> f64 {
        (self.next() % 1_000_000) as f64 / 1_000_000.0
    }
}

fn flat_csv(random: &mut Random) -> String {
    let header: Vec<&str> = FLAT_COLUMNS.iter().map(|(c, _)| *c).collect();
    let mut csv = header.join(",") + "\n";
    let hours = [
        "Mo-Fr 09:00-17:00",
        "24/7",
        "Mo-Sa 08:00-14:00; Fr 20:00-02:00",
        "",
    ];
    for i in 0..SERVICES {
        let (town, country, lat, lon) = TOWNS[i % TOWNS.len()];
        let lat = lat + (random.unit() - 0.5) * 1.6;
        let lon = lon + (random.unit() - 0.5) * 2.0;
        let category = Category::ALL[(random.next() % 13) as usize];
        let _ = writeln!(
            csv,
            "bench-{i},Organisation {o},Service {i} in {town},A generated service for the benchmark,{category},{free},+39 000 {i:07},{hours},,it;en,ar,,{town},,,{country},{lat:.5},{lon:.5},,,,bench,true",
            o = i / 10,
            free = i % 3 == 0,
            hours = hours[i % hours.len()],
        );
    }
    csv
}

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    samples[((samples.len() as f64 * p) as usize).min(samples.len() - 1)]
}

fn main() -> anyhow::Result<()> {
    let mut random = Random(0x5eed_cafe);
    let dir = tempfile::tempdir()?;
    let file = dir.path().join("services.csv");
    std::fs::write(&file, flat_csv(&mut random))?;
    let runtime = tokio::runtime::Runtime::new()?;
    let url = format!("sqlite://{}", dir.path().join("bench.db").display());

    let package = runtime.block_on(async {
        let store = Store::connect(&url).await?;
        store.migrate().await?;
        let started = Instant::now();
        let source = file.display().to_string();
        let (package, problems) = carenet::directory::import::read_source(&source).await?;
        let read_time = started.elapsed();
        let report =
            carenet::directory::import::write(&store, package, problems, false, Some("bench"), 0)
                .await?;
        let import_time = started.elapsed();
        anyhow::ensure!(
            report.imported == SERVICES && report.rejected == 0,
            "{}",
            report.summary()
        );
        println!(
            "import of {SERVICES} flat-CSV rows on SQLite (read, check, write): {import_time:.2?}"
        );
        println!("  of which reading and checking the CSV: {read_time:.2?}");
        let started = Instant::now();
        let package = store.load_directory().await?;
        println!(
            "loading every row back (Store::load_directory): {:.2?}",
            started.elapsed()
        );
        store.close().await;
        anyhow::Ok(package)
    })?;
    let before = LIVE.load(Ordering::Relaxed);
    let started = Instant::now();
    let directory = Directory::new(&package);
    let build_time = started.elapsed();
    let memory = LIVE.load(Ordering::Relaxed) - before;
    println!(
        "in-memory directory: {} services, {:.1} MB live heap, built in {build_time:.2?}",
        directory.len(),
        memory as f64 / 1_048_576.0
    );
    drop(package);

    let points: Vec<Coordinates> = (0..QUERIES)
        .map(|i| {
            let (_, _, lat, lon) = TOWNS[i % TOWNS.len()];
            Coordinates::new(lat + (random.unit() - 0.5), lon + (random.unit() - 0.5))
        })
        .collect::<Result<_, _>>()?;
    let mut nearest = Vec::with_capacity(QUERIES);
    for &near in &points {
        let query = Query {
            near: Some(near),
            limit: 10,
            ..Query::default()
        };
        let started = Instant::now();
        let page = directory.search(&query);
        nearest.push(started.elapsed());
        anyhow::ensure!(page.hits.len() == 10);
    }
    let places = [
        "Mantova",
        "Firenze",
        "Sevilla",
        "Granada",
        "Roma",
        "Andalucía",
        "Lombardia",
        "Μιλάνο",
    ];
    let mut by_place = Vec::with_capacity(QUERIES);
    for i in 0..QUERIES {
        let place = directory.resolve_place(places[i % places.len()]);
        anyhow::ensure!(place.is_some());
        let query = Query {
            place,
            category: Some(Category::ALL[i % 13]),
            limit: 5,
            ..Query::default()
        };
        let started = Instant::now();
        let _ = directory.search(&query);
        by_place.push(started.elapsed());
    }
    let mut resolve = Vec::with_capacity(QUERIES);
    for i in 0..QUERIES {
        let started = Instant::now();
        let _ = directory.resolve_place(["Milan", "Sevile", "ميلانو", "Firenze"][i % 4]);
        resolve.push(started.elapsed());
    }
    for (name, samples) in [
        ("nearest-10", &mut nearest),
        ("category + place (resolved), 5 results", &mut by_place),
        ("resolve a typed place name (with typos)", &mut resolve),
    ] {
        println!(
            "{name}: p50 {:.1?}, p99 {:.1?}, max {:.1?}",
            percentile(samples, 0.50),
            percentile(samples, 0.99),
            percentile(samples, 1.0)
        );
    }
    Ok(())
}
