# Tests of models/remote (ApiClient against a real server on loopback).
# Against the real server: each runs on SQLite and on PostgreSQL.
wd_add_server_test(remote_client)
target_link_libraries(tst_remote_client PRIVATE wd_remote)
wd_add_server_test(remote_errors)
target_link_libraries(tst_remote_errors PRIVATE wd_remote)

# Against fake servers on loopback (silence, oversize, malformed answers) and the token stores:
# no database involved, one run each.
wd_add_test(remote_faults LIBS wd_remote Qt6::Network)
# HTTPS with the self-signed certificate in data/tls (the server library serves TLS itself).
wd_add_test(remote_tls LIBS wd_remote wd_server Qt6::Network)
wd_add_test(remote_tokenstore LIBS wd_remote)
