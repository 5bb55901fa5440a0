//! errcat and a catalogue in a `#![no_std]` library, with no heap: a build
//! check, never run.
#![no_std]

use errcat_catalogs::Cos;

/// The code of the entry at `index`, and whether its name reads back.
pub fn code_at(index: usize) -> Option<(i32, bool)> {
    let entry = *Cos::ALL.get(index)?;
    Some((entry.code(), Cos::from_name(entry.name()) == Some(entry)))
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}

/// `alloc` is linked (errcat's feature), so a global allocator must exist;
/// this one has no memory.
struct NoHeap;

// SAFETY: `alloc` returns null, which `GlobalAlloc` allows for "out of
// memory"; `dealloc` is never given a pointer `alloc` returned.
unsafe impl core::alloc::GlobalAlloc for NoHeap {
    unsafe fn alloc(&self, _: core::alloc::Layout) -> *mut u8 {
        core::ptr::null_mut()
    }

    unsafe fn dealloc(&self, _: *mut u8, _: core::alloc::Layout) {}
}

#[global_allocator]
static ALLOCATOR: NoHeap = NoHeap;
