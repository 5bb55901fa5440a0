//! The measurements: every implementation of a catalogue answers the same
//! inputs, checked against errcat's answers before anything is timed.

use std::alloc::System;
use std::fmt::{Display, Write as _};
use std::hint::black_box;
use std::marker::PhantomData;
use std::time::Duration;

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, Throughput};
use errcat_bench::inputs::Inputs;
use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};

#[global_allocator]
static ALLOCATOR: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// What every implementation offers; `impl_lookup!` forwards it to the
/// inherent methods that `render` generates for each.
pub trait Lookup: Copy + Display + 'static {
    fn from_code(code: i32) -> Option<Self>;
    fn from_name(name: &str) -> Option<Self>;
    fn code(self) -> i32;
    fn name(self) -> &'static str;
    fn message(self) -> &'static str;
}

macro_rules! impl_lookup {
    ($type:ty) => {
        impl crate::suite::Lookup for $type {
            #[inline]
            fn from_code(code: i32) -> Option<Self> {
                <$type>::from_code(code)
            }
            #[inline]
            fn from_name(name: &str) -> Option<Self> {
                <$type>::from_name(name)
            }
            #[inline]
            fn code(self) -> i32 {
                <$type>::code(self)
            }
            #[inline]
            fn name(self) -> &'static str {
                <$type>::name(self)
            }
            #[inline]
            fn message(self) -> &'static str {
                <$type>::message(self)
            }
        }
    };
}
pub(crate) use impl_lookup;

/// A catalogue as a system with string codes: its `from_code` takes the
/// code's text.
pub trait LookupStr: Copy + 'static {
    fn from_code(code: &str) -> Option<Self>;
    fn from_name(name: &str) -> Option<Self>;
    fn code(self) -> &'static str;
    fn name(self) -> &'static str;
}

macro_rules! impl_lookup_str {
    ($type:ty) => {
        impl crate::suite::LookupStr for $type {
            #[inline]
            fn from_code(code: &str) -> Option<Self> {
                <$type>::from_code(code)
            }
            #[inline]
            fn from_name(name: &str) -> Option<Self> {
                <$type>::from_name(name)
            }
            #[inline]
            fn code(self) -> &'static str {
                <$type>::code(self)
            }
            #[inline]
            fn name(self) -> &'static str {
                <$type>::name(self)
            }
        }
    };
}
pub(crate) use impl_lookup_str;

/// The implementation id of the string-coded errcat system, in the groups
/// `from_code/…` and `from_name/…` beside the others.
const ERRCAT_STR: &str = "errcat-str";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Operation {
    FromCode,
    FromName,
    Name,
    Message,
    Display,
}

impl Operation {
    const ALL: [Operation; 5] =
        [Operation::FromCode, Operation::FromName, Operation::Name, Operation::Message, Operation::Display];

    fn id(self) -> &'static str {
        match self {
            Operation::FromCode => "from_code",
            Operation::FromName => "from_name",
            Operation::Name => "name",
            Operation::Message => "message",
            Operation::Display => "display",
        }
    }
}

/// What errcat answers for an input: the entry's code, name, message and
/// `Display`.
type Answer = Option<(i32, &'static str, &'static str, String)>;

fn answer<T: Lookup>(found: Option<T>) -> Answer {
    found.map(|entry| (entry.code(), entry.name(), entry.message(), entry.to_string()))
}

/// A catalogue and its implementations.
pub struct Subject {
    id: &'static str,
    description: &'static str,
    inputs: Inputs,
    /// errcat's answer to each of `inputs.codes`.
    code_answers: Vec<Answer>,
    /// errcat's code for each of `inputs.names`.
    name_answers: Vec<Option<i32>>,
    implementations: Vec<Implementation>,
    /// The catalogue with string codes, and the inputs' codes as text.
    strings: Option<(Box<dyn MeasureStr>, Vec<String>)>,
}

impl Subject {
    pub fn new<E>(id: &'static str, description: &'static str, implementations: Vec<Implementation>) -> Self
    where
        E: errcat::Catalog<Code = i32> + Lookup,
    {
        let entries: Vec<(i32, &str)> =
            <E as errcat::Catalog>::ALL.iter().map(|&entry| (Lookup::code(entry), Lookup::name(entry))).collect();
        let inputs = Inputs::new(&entries, 0x1A9);
        let code_answers = inputs.codes.iter().map(|&code| answer(<E as Lookup>::from_code(code))).collect();
        let name_answers =
            inputs.names.iter().map(|name| <E as Lookup>::from_name(name).map(|entry| Lookup::code(entry))).collect();
        Subject { id, description, inputs, code_answers, name_answers, implementations, strings: None }
    }

    /// The same catalogue with string codes (each code's decimal text),
    /// measured too.
    pub fn with_strings<S: LookupStr>(mut self) -> Self {
        let texts = self.inputs.codes.iter().map(ToString::to_string).collect();
        self.strings = Some((Box::new(MeasuredStr::<S>(PhantomData)), texts));
        self
    }
}

trait MeasureStr {
    /// Panics where the string system answers otherwise than the integer one.
    fn verify(&self, subject: &Subject, texts: &[String]);
    fn bench(&self, group: &mut BenchmarkGroup<'_, WallTime>, operation: Operation, inputs: &Inputs, texts: &[String]);
}

struct MeasuredStr<S>(PhantomData<S>);

/// One pass of the string system's `from_code` (over the codes' texts) or
/// `from_name`; returns how many operations.
#[inline(never)]
fn pass_str<S: LookupStr>(operation: Operation, inputs: &Inputs, texts: &[String]) -> usize {
    if operation == Operation::FromCode {
        for text in texts {
            black_box(S::from_code(black_box(text.as_str())));
        }
        texts.len()
    } else {
        for name in &inputs.names {
            black_box(S::from_name(black_box(name.as_str())));
        }
        inputs.names.len()
    }
}

impl<S: LookupStr> MeasureStr for MeasuredStr<S> {
    fn verify(&self, subject: &Subject, texts: &[String]) {
        for (text, expected) in texts.iter().zip(&subject.code_answers) {
            let found = S::from_code(text).map(|entry| (entry.code().to_owned(), entry.name()));
            let expected = expected.as_ref().map(|(code, name, _, _)| (code.to_string(), *name));
            assert_eq!(found, expected, "{ERRCAT_STR} on {}: from_code({text:?})", subject.id);
        }
        for (name, expected) in subject.inputs.names.iter().zip(&subject.name_answers) {
            let found = S::from_name(name).map(|entry| entry.code().to_owned());
            assert_eq!(
                found,
                expected.map(|code| code.to_string()),
                "{ERRCAT_STR} on {}: from_name({name:?})",
                subject.id
            );
        }
    }

    fn bench(&self, group: &mut BenchmarkGroup<'_, WallTime>, operation: Operation, inputs: &Inputs, texts: &[String]) {
        let operations = pass_str::<S>(operation, inputs, texts);
        group.throughput(Throughput::Elements(operations as u64));
        group.bench_function(ERRCAT_STR, |bencher| bencher.iter(|| pass_str::<S>(operation, inputs, texts)));
    }
}

/// One implementation, behind a vtable so that the suite can list them; the
/// timed loops inside are monomorphic.
pub struct Implementation {
    id: &'static str,
    measure: Box<dyn Measure>,
}

impl Implementation {
    pub fn of<T: Lookup>(id: &'static str) -> Self {
        Implementation { id, measure: Box::new(Measured::<T>(PhantomData)) }
    }
}

trait Measure {
    /// Panics where the implementation answers otherwise than errcat.
    fn verify(&self, subject: &Subject, implementation: &str);
    fn bench(&self, group: &mut BenchmarkGroup<'_, WallTime>, id: &str, operation: Operation, inputs: &Inputs);
    /// Allocations (and reallocations) over one pass, and the operations
    /// of the pass.
    fn allocations(&self, operation: Operation, inputs: &Inputs) -> (u64, usize);
}

struct Measured<T>(PhantomData<T>);

fn handles<T: Lookup>(inputs: &Inputs) -> Vec<T> {
    inputs.known_names.iter().map(|name| T::from_name(name).expect("every implementation knows every name")).collect()
}

/// One pass of `operation` over the inputs; returns how many operations.
#[inline(never)]
fn pass<T: Lookup>(operation: Operation, inputs: &Inputs, handles: &[T], text: &mut String) -> usize {
    match operation {
        Operation::FromCode => {
            for &code in &inputs.codes {
                black_box(T::from_code(black_box(code)));
            }
            inputs.codes.len()
        }
        Operation::FromName => {
            for name in &inputs.names {
                black_box(T::from_name(black_box(name.as_str())));
            }
            inputs.names.len()
        }
        Operation::Name => {
            for &entry in handles {
                black_box(black_box(entry).name());
            }
            handles.len()
        }
        Operation::Message => {
            for &entry in handles {
                black_box(black_box(entry).message());
            }
            handles.len()
        }
        Operation::Display => {
            for &entry in handles {
                text.clear();
                write!(text, "{}", black_box(entry)).expect("a String takes any text");
                black_box(text.as_str());
            }
            handles.len()
        }
    }
}

impl<T: Lookup> Measure for Measured<T> {
    fn verify(&self, subject: &Subject, implementation: &str) {
        for (code, expected) in subject.inputs.codes.iter().zip(&subject.code_answers) {
            assert_eq!(&answer(T::from_code(*code)), expected, "{implementation} on {}: from_code({code})", subject.id);
        }
        for (name, expected) in subject.inputs.names.iter().zip(&subject.name_answers) {
            let found = T::from_name(name).map(T::code);
            assert_eq!(&found, expected, "{implementation} on {}: from_name({name:?})", subject.id);
        }
    }

    fn bench(&self, group: &mut BenchmarkGroup<'_, WallTime>, id: &str, operation: Operation, inputs: &Inputs) {
        let handles = handles::<T>(inputs);
        let mut text = String::with_capacity(256);
        let operations = pass(operation, inputs, &handles, &mut text);
        group.throughput(Throughput::Elements(operations as u64));
        group.bench_function(id, |bencher| bencher.iter(|| pass(operation, inputs, &handles, &mut text)));
    }

    fn allocations(&self, operation: Operation, inputs: &Inputs) -> (u64, usize) {
        let handles = handles::<T>(inputs);
        let mut text = String::with_capacity(256);
        // The first pass may initialise (D's LazyLock) and grow the String.
        pass(operation, inputs, &handles, &mut text);
        let region = Region::new(ALLOCATOR);
        let operations = pass(operation, inputs, &handles, &mut text);
        let change = region.change();
        ((change.allocations + change.reallocations) as u64, operations)
    }
}

pub fn main(subjects: &[Subject]) {
    let mut allocations = Vec::new();
    for subject in subjects {
        for implementation in &subject.implementations {
            implementation.measure.verify(subject, implementation.id);
            for operation in Operation::ALL {
                let (count, operations) = implementation.measure.allocations(operation, &subject.inputs);
                allocations.push(serde_json::json!({
                    "catalogue": subject.id,
                    "implementation": implementation.id,
                    "operation": operation.id(),
                    "allocations": count,
                    "operations": operations,
                }));
            }
        }
        if let Some((strings, texts)) = &subject.strings {
            strings.verify(subject, texts);
        }
        eprintln!("{}: {} — every implementation answers as errcat does", subject.id, subject.description);
    }
    if let Some(path) = std::env::var_os("ERRCAT_BENCH_ALLOCATIONS") {
        let json = serde_json::to_string_pretty(&allocations).expect("plain values serialise");
        std::fs::write(&path, json).expect("cannot write the allocation counts");
    }

    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(50)
        .nresamples(20_000)
        .configure_from_args();
    for subject in subjects {
        for operation in Operation::ALL {
            let mut group = criterion.benchmark_group(format!("{}/{}", operation.id(), subject.id));
            for implementation in &subject.implementations {
                implementation.measure.bench(&mut group, implementation.id, operation, &subject.inputs);
            }
            if let (Some((strings, texts)), Operation::FromCode | Operation::FromName) = (&subject.strings, operation) {
                strings.bench(&mut group, operation, &subject.inputs, texts);
            }
            group.finish();
        }
    }
    criterion.final_summary();
}
