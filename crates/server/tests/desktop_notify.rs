//! Real desktop notifications: the real `owldesk serve` under Xvfb with a private D-Bus session
//! and dunst as the notification daemon. A buyer message that escalates urgently makes exactly
//! one notification arrive, with the buyer and the reason in it; dunst writes every notification
//! it receives to a file through a `script=` rule, and the test reads that file.
//!
//! Needs `xvfb-run` (xvfb, xauth), `dbus-run-session` and `dbus-send` (dbus) and `dunst`;
//! `cargo xtask test` installs them on Debian. Without them the test says so and passes.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::time::{Duration, Instant};

const TOKEN: &str = "notify-test-token";
const TOOLS: [&str; 5] = [
    "xvfb-run",
    "xauth",
    "dbus-run-session",
    "dbus-send",
    "dunst",
];

fn installed(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Xvfb, a private session bus and dunst, until `stdin` is dropped. Prints `READY`, the display
/// and the bus address once dunst owns `org.freedesktop.Notifications`.
const DESKTOP: &str = r#"
dunst -config "$DIR/dunstrc" >"$DIR/dunst.log" 2>&1 & DPID=$!
for _ in $(seq 100); do
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null \
    | grep -q true && break
  sleep 0.1
done
echo "READY $DISPLAY $DBUS_SESSION_BUS_ADDRESS"
read _ || true
kill $DPID 2>/dev/null
wait
"#;

struct Desktop {
    child: Child,
    stdin: Option<ChildStdin>,
    display: String,
    bus: String,
}

impl Drop for Desktop {
    fn drop(&mut self) {
        // Closing stdin lets the script stop dunst; dbus-run-session and xvfb-run then stop
        // their daemons themselves (killing them would orphan the bus daemon).
        drop(self.stdin.take());
        let _ = self.child.wait();
    }
}

fn desktop(dir: &Path) -> Desktop {
    let script = dir.join("log-notification.sh");
    std::fs::write(
        &script,
        "#!/bin/sh\n# dunst passes: appname summary body icon urgency\n\
         printf '%s\\t%s\\t%s\\t%s\\n' \"$1\" \"$2\" \"$3\" \"$5\" >> \"$NOTIF_LOG\"\n",
    )
    .unwrap();
    Command::new("chmod")
        .arg("+x")
        .arg(&script)
        .status()
        .unwrap();
    std::fs::write(
        dir.join("dunstrc"),
        format!(
            "[global]\n    monitor = 0\n    follow = none\n[log_all]\n    appname = \"*\"\n    script = {}\n",
            script.display()
        ),
    )
    .unwrap();
    let mut child = Command::new("xvfb-run")
        .args(["-a", "-s", "-screen 0 1024x768x24 -nolisten tcp"])
        .args(["dbus-run-session", "--", "sh", "-c", DESKTOP])
        .env("DIR", dir)
        .env("NOTIF_LOG", dir.join("notifications.tsv"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("xvfb-run starts");
    let stdin = child.stdin.take();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let mut parts = line.split_whitespace();
    assert_eq!(parts.next(), Some("READY"), "the desktop started: {line:?}");
    let display = parts.next().expect("a display").to_owned();
    let bus = parts.next().expect("a bus address").to_owned();
    Desktop {
        child,
        stdin,
        display,
        bus,
    }
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn serve(dir: &Path, desktop: &Desktop) -> (Server, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_owldesk"))
        .args(["serve", "--listen", "127.0.0.1:0", "--data-dir"])
        .arg(dir.join("shop"))
        .env("OWLDESK_API_TOKEN", TOKEN)
        .env("DISPLAY", &desktop.display)
        .env("DBUS_SESSION_BUS_ADDRESS", &desktop.bus)
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(dir.join("serve.log")).unwrap())
        .spawn()
        .expect("owldesk starts");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().expect("a first line").unwrap();
    let url = first
        .strip_prefix("Owldesk is listening on ")
        .unwrap_or_else(|| panic!("unexpected first line {first:?}"))
        .to_owned();
    std::thread::spawn(move || for _ in lines {});
    (Server(child), url)
}

fn wait_for(what: &str, secs: u64, mut f: impl FnMut() -> bool) {
    let end = Instant::now() + Duration::from_secs(secs);
    while !f() {
        assert!(Instant::now() < end, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_urgent_escalation_reaches_dunst_once_with_the_buyer_and_the_reason() {
    let missing: Vec<_> = TOOLS.into_iter().filter(|t| !installed(t)).collect();
    if !missing.is_empty() {
        eprintln!(
            "SKIPPED: the real-notification test needs {} (Debian: xvfb xauth dbus dunst; \
             `cargo xtask test` installs them as root)",
            missing.join(", ")
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let desktop = desktop(dir.path());
    let (server, url) = serve(dir.path(), &desktop);
    let log = dir.path().join("serve.log");
    let read = |p: &Path| std::fs::read_to_string(p).unwrap_or_default();
    wait_for("the server to check the notification daemon", 20, || {
        read(&log).contains("desktop notifications")
    });
    assert!(
        read(&log).contains("desktop notifications: on"),
        "serve found dunst on the session bus: {}",
        read(&log)
    );

    let client = reqwest::Client::new();
    let res = client
        .post(format!("{url}/api/v1/inbound"))
        .bearer_auth(TOKEN)
        .json(
            &serde_json::json!({"channel": "bridge", "customer": "buyer-upset-42",
            "message_id": "m-1", "text": "东西坏了,我要投诉你们!"}),
        )
        .send()
        .await
        .unwrap();
    assert!(
        res.status().is_success(),
        "inbound accepted: {}",
        res.status()
    );
    let answer: serde_json::Value = res.json().await.unwrap();
    assert_eq!(answer["decision"]["action"], "escalate", "{answer}");

    let notes = dir.path().join("notifications.tsv");
    wait_for("dunst to receive the notification", 20, || {
        !read(&notes).is_empty()
    });
    // A second notification (a duplicate, an early reminder) would arrive within a tick or two.
    std::thread::sleep(Duration::from_secs(6));
    let received = read(&notes);
    let lines: Vec<&str> = received.lines().collect();
    assert_eq!(lines.len(), 1, "exactly one notification: {received}");
    let fields: Vec<&str> = lines[0].split('\t').collect();
    assert_eq!(fields[0], "owldesk", "the app name: {received}");
    assert!(
        fields[1].contains("紧急"),
        "the title says urgent: {received}"
    );
    assert!(
        fields[2].contains("buyer-upset-42"),
        "names the buyer: {received}"
    );
    assert!(
        fields[2].contains("anger") || fields[2].contains("after_sale"),
        "says why: {received}"
    );
    assert_eq!(fields[3], "CRITICAL", "shown as critical: {received}");
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "dunst received: {}", lines[0]);
    drop(server);
    drop(desktop);
}
