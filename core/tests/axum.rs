//! An axum router on a loopback port answers with catalogue errors; a real
//! HTTP client reads the status, the headers and the body back.

use std::net::SocketAddr;

use axum::Router;
use axum::extract::Path;
use axum::routing::get;
use errcat::{Raise, ReceivedCode, ReceivedReply, Reply, error_catalog};

error_catalog! {
    /// The errors of a user service.
    #[languages(en, zh)]
    pub system Users: u32 {
        #[http(404)]
        section Missing in 404_000..=404_999 {
            404_001 NO_SUCH_USER "no such user" zh "没有该用户",
            #[http(410)]
            404_002 USER_DELETED "the user was deleted",
        }
        /// No HTTP status is declared: the reply is a 500.
        500_001 QUOTED "a \"quoted\" <b>message</b> &amp; 文",
    }
}

async fn user(Path(name): Path<String>) -> Result<String, errcat::Error<Users>> {
    match name.as_str() {
        "alice" => Ok("hello alice".to_owned()),
        "bob" => Err(Users::UserDeleted.into()),
        "mallory" => Err(Raise::with_source(Users::Quoted, std::io::Error::other("the cause stays on the server"))),
        _ => Err(Raise::with_detail(Users::NoSuchUser, name)),
    }
}

async fn reply() -> Reply<'static, Users> {
    Reply::new(Users::UserDeleted).with_detail("since 2024")
}

/// Serves the router on 127.0.0.1, runs the client on a blocking thread, and
/// returns the client's results.
fn with_server<T: Send + 'static>(client: impl FnOnce(SocketAddr) -> T + Send + 'static) -> T {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_io().build().unwrap();
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let router = Router::new().route("/users/{name}", get(user)).route("/reply", get(reply));
        let server = tokio::spawn(async move { axum::serve(listener, router).await });
        let result = tokio::task::spawn_blocking(move || client(address)).await.unwrap();
        server.abort();
        result
    })
}

struct Answer {
    status: u16,
    content_type: Option<String>,
    body: String,
}

fn get_answer(agent: &ureq::Agent, address: SocketAddr, path: &str) -> Answer {
    let mut response = agent.get(format!("http://{address}{path}")).call().unwrap();
    let content_type = response.headers().get("content-type").map(|value| value.to_str().unwrap().to_owned());
    Answer { status: response.status().as_u16(), content_type, body: response.body_mut().read_to_string().unwrap() }
}

#[test]
fn errors_answer_with_their_status_and_the_json_reply() {
    let answers = with_server(|address| {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(std::time::Duration::from_secs(30)))
            .build()
            .into();
        ["/users/alice", "/users/%E6%96%87%20%22x%22", "/users/bob", "/users/mallory", "/reply"]
            .map(|path| get_answer(&agent, address, path))
    });
    let [alice, unknown, bob, mallory, reply] = answers;

    assert_eq!((alice.status, alice.body.as_str()), (200, "hello alice"));

    assert_eq!(unknown.status, 404);
    assert_eq!(unknown.content_type.as_deref(), Some("application/json"));
    assert_eq!(unknown.body, r#"{"code":404001,"name":"NO_SUCH_USER","message":"no such user","detail":"文 \"x\""}"#);
    let received: ReceivedReply<Users> = serde_json::from_str(&unknown.body).unwrap();
    assert_eq!(received.code(), ReceivedCode::Known(Users::NoSuchUser));
    assert_eq!(received.detail(), Some("文 \"x\""));

    assert_eq!(bob.status, 410);
    assert_eq!(bob.body, r#"{"code":404002,"name":"USER_DELETED","message":"the user was deleted"}"#);

    assert_eq!(mallory.status, 500, "an entry without #[http] answers 500");
    let received: ReceivedReply<Users> = serde_json::from_str(&mallory.body).unwrap();
    assert_eq!(received.entry(), Some(Users::Quoted));
    assert_eq!(received.message(), "a \"quoted\" <b>message</b> &amp; 文");
    assert_eq!(received.detail(), None);
    assert!(!mallory.body.contains("cause"), "the source error is not sent: {}", mallory.body);

    assert_eq!(reply.status, 410);
    assert_eq!(reply.content_type.as_deref(), Some("application/json"));
    assert_eq!(
        reply.body,
        r#"{"code":404002,"name":"USER_DELETED","message":"the user was deleted","detail":"since 2024"}"#
    );
}
