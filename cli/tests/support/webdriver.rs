//! Just enough of the W3C `WebDriver` protocol to drive headless Chromium:
//! chromedriver on a free local port, one session, plain HTTP with `ureq`.
//! Dropping the `Browser` ends the session and stops chromedriver, also
//! while a failed assertion unwinds.

#![allow(dead_code)]

use std::fs::{self, File};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use base64::Engine;
use serde_json::{Value, json};

/// The name `WebDriver` gives an element reference in JSON.
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

const CHROMIUM_FLAGS: [&str; 8] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

/// The browser and its driver, as found on `PATH`.
pub struct Tools {
    pub chromium: PathBuf,
    pub chromedriver: PathBuf,
}

impl Tools {
    /// The error names what is missing.
    pub fn find() -> Result<Tools, String> {
        let chromium = ["chromium", "chromium-browser"].into_iter().find_map(on_path);
        let chromedriver = on_path("chromedriver");
        match (chromium, chromedriver) {
            (Some(chromium), Some(chromedriver)) => Ok(Tools { chromium, chromedriver }),
            (None, Some(_)) => Err("`chromium` is not on PATH".to_owned()),
            (Some(_), None) => Err("`chromedriver` is not on PATH".to_owned()),
            (None, None) => Err("neither `chromium` nor `chromedriver` is on PATH".to_owned()),
        }
    }
}

fn on_path(program: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?).map(|directory| directory.join(program)).find(|path| {
        fs::metadata(path).is_ok_and(|metadata| {
            metadata.is_file() && {
                use std::os::unix::fs::PermissionsExt;
                metadata.permissions().mode() & 0o111 != 0
            }
        })
    })
}

/// The chromedriver process, killed on drop.
struct Driver {
    child: Child,
    log: PathBuf,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub struct Browser {
    agent: ureq::Agent,
    session: String,
    base: String,
    profile: PathBuf,
    // Dropped after the session has been deleted in `Browser::drop`.
    driver: Driver,
}

/// A reference to an element of the current page.
pub struct Element(String);

impl Browser {
    /// Starts chromedriver and a Chromium session with a fresh profile in
    /// `work`, where chromedriver's log goes too.
    pub fn start(tools: &Tools, work: &Path, window: (u32, u32)) -> Browser {
        fs::create_dir_all(work).expect("the browser's work directory can be made");
        let profile = work.join("profile");
        let _ = fs::remove_dir_all(&profile);
        let log = work.join("chromedriver.log");
        let port = free_port();
        let child = Command::new(&tools.chromedriver)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(File::create(&log).expect("chromedriver's log can be written"))
            .stderr(File::create(work.join("chromedriver.stderr")).expect("chromedriver's stderr can be written"))
            .spawn()
            .unwrap_or_else(|error| panic!("{} does not start: {error}", tools.chromedriver.display()));
        let mut driver = Driver { child, log };
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(60)))
            .build()
            .into();
        let base = format!("http://127.0.0.1:{port}");
        wait_until_ready(&agent, &base, &mut driver);
        let mut args: Vec<String> = CHROMIUM_FLAGS.iter().map(|&flag| flag.to_owned()).collect();
        args.push(format!("--user-data-dir={}", profile.display()));
        args.push(format!("--window-size={},{}", window.0, window.1));
        let capabilities = json!({
            "capabilities": {
                "alwaysMatch": {
                    "browserName": "chrome",
                    "goog:chromeOptions": { "binary": tools.chromium, "args": args },
                }
            }
        });
        let created =
            request(&agent, "POST", &format!("{base}/session"), Some(&capabilities)).unwrap_or_else(|error| {
                panic!("no browser session: {error}\nchromedriver's log: {}", driver.log.display())
            });
        let session = created["sessionId"].as_str().expect("a session id").to_owned();
        Browser { agent, session, base, profile, driver }
    }

    /// Loads a file and waits for it, and its script, to have run.
    pub fn open(&self, file: &Path) {
        let file = file.canonicalize().expect("the page exists");
        self.command("POST", "url", Some(&json!({ "url": format!("file://{}", file.display()) })));
    }

    /// Runs `script` as the body of a function and returns what it returns.
    pub fn execute(&self, script: &str) -> Value {
        self.command("POST", "execute/sync", Some(&json!({ "script": script, "args": [] })))
    }

    pub fn find(&self, selector: &str) -> Element {
        let found = self.command("POST", "element", Some(&json!({ "using": "css selector", "value": selector })));
        Element(found[ELEMENT_KEY].as_str().unwrap_or_else(|| panic!("no element reference in {found}")).to_owned())
    }

    /// Types `text` with real key events: `WebDriver` "Element Send Keys".
    pub fn send_keys(&self, element: &Element, text: &str) {
        self.command("POST", &format!("element/{}/value", element.0), Some(&json!({ "text": text })));
    }

    /// Selects everything in the field and deletes it, as a person would:
    /// Control+A, then Backspace.
    pub fn erase(&self, element: &Element) {
        self.send_keys(element, "\u{E009}a\u{E000}\u{E003}");
    }

    /// The visible part of the page as a PNG file.
    /// Sets the window's outer size, as a narrow screen would have it.
    pub fn resize(&self, width: u32, height: u32) {
        self.command("POST", "window/rect", Some(&json!({ "width": width, "height": height })));
    }

    pub fn screenshot(&self, path: &Path) {
        let encoded = self.command("GET", "screenshot", None);
        let png = base64::engine::general_purpose::STANDARD
            .decode(encoded.as_str().expect("a base64 screenshot"))
            .expect("the screenshot is base64");
        assert!(png.starts_with(b"\x89PNG"), "the screenshot is a PNG");
        fs::write(path, png).expect("the screenshot can be written");
    }

    fn command(&self, method: &str, path: &str, body: Option<&Value>) -> Value {
        let url = format!("{}/session/{}/{path}", self.base, self.session);
        request(&self.agent, method, &url, body).unwrap_or_else(|error| {
            panic!("WebDriver {method} {path}: {error}\nchromedriver's log: {}", self.driver.log.display())
        })
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let url = format!("{}/session/{}", self.base, self.session);
        let _ = request(&self.agent, "DELETE", &url, None);
        let _ = fs::remove_dir_all(&self.profile);
    }
}

/// A port nobody listens on now; chromedriver binds it a moment later.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|listener| listener.local_addr()).expect("a free local port").port()
}

fn wait_until_ready(agent: &ureq::Agent, base: &str, driver: &mut Driver) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok(status) = request(agent, "GET", &format!("{base}/status"), None)
            && status["ready"] == true
        {
            return;
        }
        if let Ok(Some(exit)) = driver.child.try_wait() {
            panic!("chromedriver stopped ({exit}); its log: {}", driver.log.display());
        }
        assert!(Instant::now() < deadline, "chromedriver was not ready in 30 s; its log: {}", driver.log.display());
        thread::sleep(Duration::from_millis(50));
    }
}

/// One `WebDriver` call: the reply's `value`, or the error it reports.
fn request(agent: &ureq::Agent, method: &str, url: &str, body: Option<&Value>) -> Result<Value, String> {
    let reply = match (method, body) {
        ("GET", None) => agent.get(url).call(),
        ("DELETE", None) => agent.delete(url).call(),
        ("POST", body) => {
            agent.post(url).content_type("application/json; charset=utf-8").send(body.unwrap_or(&json!({})).to_string())
        }
        _ => return Err(format!("no such WebDriver call: {method} with a body {body:?}")),
    };
    let mut reply = reply.map_err(|error| error.to_string())?;
    let status = reply.status();
    let text =
        reply.body_mut().with_config().limit(256 * 1024 * 1024).read_to_string().map_err(|error| error.to_string())?;
    let mut json: Value = serde_json::from_str(&text).map_err(|error| format!("{error} in {text}"))?;
    let value = json["value"].take();
    if status.is_success() { Ok(value) } else { Err(format!("{status}: {}: {}", value["error"], value["message"])) }
}
