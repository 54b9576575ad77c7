//! Loopback ports for the tests' redirect URIs, picked below the kernel's range of ephemeral
//! ports (Linux 32768–60999; macOS and Windows 49152–65535). A port from `bind(0)` comes from
//! that range, so while a test held it only in a variable, any outgoing connection of a test
//! running beside it could take it as its source port, and the sign-in's own bind then failed
//! now and then. Nothing picks ports below the range by itself.

use std::net::{Ipv4Addr, TcpListener};
use std::sync::atomic::{AtomicU16, Ordering};

/// The first port tried.
const FIRST: u16 = 20_000;

/// How many ports after [`FIRST`] may be tried.
const SPAN: u16 = 12_000;

/// How many ports this process has tried; tests in one process never get the same port.
static TRIED: AtomicU16 = AtomicU16::new(0);

/// A loopback port outside the ephemeral range, bound and held until the listener is dropped.
pub fn bind_port() -> TcpListener {
    // Test binaries run one after another; each starts elsewhere in the span.
    let start = (std::process::id() % u32::from(SPAN)) as u16;
    for _ in 0..SPAN {
        let step = TRIED.fetch_add(1, Ordering::Relaxed);
        let port = FIRST + (start.wrapping_add(step) % SPAN);
        if let Ok(listener) = TcpListener::bind((Ipv4Addr::LOCALHOST, port)) {
            return listener;
        }
    }
    panic!("no free loopback port between {FIRST} and {}", FIRST + SPAN)
}

/// A loopback port outside the ephemeral range that was free a moment ago, for the code under
/// test to bind (a redirect URI, say, so tests can run in parallel without fighting over 17645).
pub fn free_port() -> u16 {
    ReservedPort::new().release()
}

/// `count` different ports that were free a moment ago. Another program may take one before the
/// sign-in binds it, so sign-ins get several, as the app has fallbacks for the same reason.
pub fn free_ports(count: usize) -> Vec<u16> {
    let held: Vec<ReservedPort> = (0..count).map(|_| ReservedPort::new()).collect();
    held.into_iter().map(ReservedPort::release).collect()
}

/// A loopback port held open until [`ReservedPort::release`], so nothing else takes it while a
/// test sets up what must know it (a peer started with the redirect URI, say).
pub struct ReservedPort {
    listener: TcpListener,
    /// The port.
    pub port: u16,
}

impl ReservedPort {
    /// Binds a free port and keeps it.
    pub fn new() -> ReservedPort {
        let listener = bind_port();
        let port = listener
            .local_addr()
            .expect("a bound port has an address")
            .port();
        ReservedPort { listener, port }
    }

    /// Lets the port go, for the code under test to bind right away.
    pub fn release(self) -> u16 {
        drop(self.listener);
        self.port
    }
}
