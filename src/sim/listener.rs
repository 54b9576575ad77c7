//! A loopback listener whose connections a handler can cut, so the sim can play a network that
//! drops a request without any HTTP reply.

use std::{
    io,
    net::SocketAddr,
    pin::Pin,
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
    },
    task::{Context, Poll},
    time::Duration,
};

use axum::{extract::connect_info::Connected, serve::IncomingStream};
use tokio::{
    io::{AsyncRead, AsyncWrite, ReadBuf},
    net::{TcpListener, TcpStream},
};

/// Accepts loopback connections and hands each one out with a [`Connection`] handle.
pub(crate) struct SimListener {
    inner: TcpListener,
}

impl SimListener {
    /// Wraps a bound listener.
    pub(crate) fn new(inner: TcpListener) -> SimListener {
        SimListener { inner }
    }
}

/// What a handler knows about its connection: who is on the other end, and a switch to cut it.
#[derive(Debug, Clone)]
pub(crate) struct Connection {
    peer: SocketAddr,
    cut: Arc<AtomicBool>,
}

impl Connection {
    /// The client's end of the connection (its address and port).
    pub(crate) fn peer(&self) -> SocketAddr {
        self.peer
    }
}

impl Connection {
    /// Cuts the connection: nothing more is written, and it closes as soon as the server tries.
    pub(crate) fn cut(&self) {
        tracing::debug!(peer = %self.peer, "simulated fault: cutting the connection");
        self.cut.store(true, Ordering::SeqCst);
    }
}

/// A TCP stream that fails every read and write once its connection has been cut.
pub(crate) struct SimStream {
    tcp: TcpStream,
    cut: Arc<AtomicBool>,
}

impl SimStream {
    fn is_cut(&self) -> bool {
        self.cut.load(Ordering::SeqCst)
    }
}

fn cut_error() -> io::Error {
    io::Error::new(
        io::ErrorKind::ConnectionAborted,
        "connection cut by a simulated fault",
    )
}

impl AsyncRead for SimStream {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        if self.is_cut() {
            return Poll::Ready(Err(cut_error()));
        }
        Pin::new(&mut self.tcp).poll_read(cx, buf)
    }
}

impl AsyncWrite for SimStream {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        if self.is_cut() {
            return Poll::Ready(Err(cut_error()));
        }
        Pin::new(&mut self.tcp).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        if self.is_cut() {
            return Poll::Ready(Err(cut_error()));
        }
        Pin::new(&mut self.tcp).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.tcp).poll_shutdown(cx)
    }
}

impl axum::serve::Listener for SimListener {
    type Io = SimStream;
    type Addr = Connection;

    async fn accept(&mut self) -> (SimStream, Connection) {
        loop {
            match self.inner.accept().await {
                Ok((tcp, peer)) => {
                    let cut = Arc::new(AtomicBool::new(false));
                    let connection = Connection {
                        peer,
                        cut: Arc::clone(&cut),
                    };
                    return (SimStream { tcp, cut }, connection);
                }
                Err(error) => {
                    // Same policy as axum's own TCP listener: a peer that gave up is not our
                    // problem; anything else (out of file handles) gets a pause, not a spin.
                    if !matches!(
                        error.kind(),
                        io::ErrorKind::ConnectionRefused
                            | io::ErrorKind::ConnectionAborted
                            | io::ErrorKind::ConnectionReset
                    ) {
                        tracing::warn!("the simulated Zoho could not accept a connection: {error}");
                        tokio::time::sleep(Duration::from_millis(100)).await;
                    }
                }
            }
        }
    }

    fn local_addr(&self) -> io::Result<Connection> {
        Ok(Connection {
            peer: self.inner.local_addr()?,
            cut: Arc::new(AtomicBool::new(false)),
        })
    }
}

impl Connected<IncomingStream<'_, SimListener>> for Connection {
    fn connect_info(stream: IncomingStream<'_, SimListener>) -> Self {
        stream.remote_addr().clone()
    }
}
