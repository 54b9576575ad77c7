//! The typed logo calls (`CrmClient::upload_org_photo`, `delete_org_photo`) against the
//! simulated Zoho over real sockets.

mod support;

use image::ImageFormat;
use oauth2::AccessToken;
use zoho_org_viewer::sim::{Sim, SimOptions};
use zoho_org_viewer::zoho::logo_write::LogoWriteError;
use zoho_org_viewer::zoho::{CrmClient, PhotoFormat};

use support::images::{encode, noise};

const PRODUCTION: &str = "4876876000000020005";

fn crm() -> CrmClient {
    CrmClient::new(support::http())
}

#[tokio::test]
async fn an_upload_sends_the_bytes_unchanged_and_a_removal_removes() {
    let sim = Sim::start(SimOptions::default()).unwrap();
    let token = AccessToken::new(sim.mint_tokens("ZohoCRM.org.ALL").access_token);
    let logo = encode(&noise(40, 20), ImageFormat::Png);
    crm()
        .upload_org_photo(&sim.api_url(), &token, logo.clone(), PhotoFormat::Png)
        .await
        .unwrap();
    let now = sim.current_photo(PRODUCTION).unwrap();
    assert_eq!(now.bytes, logo);
    assert_eq!(now.content_type, "image/png");
    let org = crm().get_org(&sim.api_url(), &token).await.unwrap();
    let new_id = org.photo_id.value().cloned().unwrap();
    assert_ne!(new_id, "4876876000000412001", "the demo's photo_id changed");

    crm()
        .delete_org_photo(&sim.api_url(), &token)
        .await
        .unwrap();
    assert_eq!(sim.current_photo(PRODUCTION), None);
    assert_eq!(
        crm()
            .get_org_photo(&sim.api_url(), &token)
            .await
            .unwrap()
            .map(|photo| photo.bytes),
        None
    );
}

#[tokio::test]
async fn zohos_refusals_come_back_typed() {
    let sim = Sim::start(SimOptions::default()).unwrap();
    let write = AccessToken::new(sim.mint_tokens("ZohoCRM.org.ALL").access_token);
    let heavy = encode(&noise(700, 700), ImageFormat::Png);
    let error = crm()
        .upload_org_photo(&sim.api_url(), &write, heavy, PhotoFormat::Png)
        .await
        .unwrap_err();
    assert!(
        matches!(error, LogoWriteError::TooLarge { http_status: 415 }),
        "{error:?}"
    );
    let error = crm()
        .upload_org_photo(
            &sim.api_url(),
            &write,
            b"not a picture".to_vec(),
            PhotoFormat::Png,
        )
        .await
        .unwrap_err();
    assert!(
        matches!(error, LogoWriteError::InvalidData { .. }),
        "{error:?}"
    );

    let read = AccessToken::new(sim.mint_tokens("ZohoCRM.org.READ").access_token);
    let error = crm()
        .delete_org_photo(&sim.api_url(), &read)
        .await
        .unwrap_err();
    assert!(
        matches!(error, LogoWriteError::NoWriteScope { .. }),
        "{error:?}"
    );
    assert_eq!(error.to_string(), "OAUTH_SCOPE_MISMATCH (HTTP 401)");
    assert!(sim.current_photo(PRODUCTION).is_some(), "nothing changed");
}
