"""The SMTP transport against real servers on loopback: STARTTLS, SMTPS, login, timeouts."""
from __future__ import annotations

import shutil
import socket
import ssl
import subprocess

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from backend.services.followup.transport import SmtpTransport, TransientError
from tests.integration.followup.conftest import Mailbox, free_port

RAW = b"From: a@acme.test\r\nTo: b@buyer.test\r\nSubject: hi\r\n\r\nHello\r\n"


@pytest.fixture
def certificate(tmp_path, monkeypatch):
    """A throwaway certificate for 127.0.0.1, trusted by the client through SSL_CERT_FILE."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context


def check_login(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (b"sales@acme", b"p@ss")
    return AuthResult(success=ok)


@pytest.fixture
def serve():
    controllers = []

    def start(**kwargs) -> tuple[Mailbox, int]:
        mailbox, port = Mailbox(), free_port()
        controller = Controller(mailbox, hostname="127.0.0.1", port=port, **kwargs)
        controller.start()
        controllers.append(controller)
        return mailbox, port

    yield start
    for controller in controllers:
        controller.stop()


def test_starttls_with_login(certificate, serve):
    mailbox, port = serve(tls_context=certificate, require_starttls=True, authenticator=check_login,
                          auth_require_tls=True)
    transport = SmtpTransport(f"smtp://sales%40acme:p%40ss@127.0.0.1:{port}?starttls=1", timeout=5)
    transport.send(RAW, "a@acme.test", "b@buyer.test")
    transport.close()
    assert [e.rcpt_tos for e in mailbox.envelopes] == [["b@buyer.test"]]


def test_implicit_tls_smtps(certificate, serve):
    mailbox, port = serve(ssl_context=certificate)
    transport = SmtpTransport(f"smtps://127.0.0.1:{port}", timeout=5)
    transport.send(RAW, "a@acme.test", "b@buyer.test")
    transport.close()
    assert len(mailbox.envelopes) == 1


def test_a_wrong_password_sends_nothing_and_is_retried(serve):
    mailbox, port = serve(authenticator=check_login, auth_require_tls=False, auth_exclude_mechanism=["LOGIN"])
    # aiosmtpd stalls its answer to a failed login (brute-force brake), so the short timeout ends it.
    transport = SmtpTransport(f"smtp://sales%40acme:wrong@127.0.0.1:{port}?timeout=0.5", timeout=30)
    with pytest.raises(TransientError, match="refused the login|timed out"):
        transport.send(RAW, "a@acme.test", "b@buyer.test")
    assert mailbox.envelopes == []


def test_a_server_that_never_answers_times_out():
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        transport = SmtpTransport(f"smtp://127.0.0.1:{silent.getsockname()[1]}?timeout=0.3", timeout=30)
        with pytest.raises(TransientError, match="cannot reach"):
            transport.send(RAW, "a@acme.test", "b@buyer.test")
