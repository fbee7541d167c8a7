# Tests of models/remote (ApiClient against a real server on loopback).
