package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/reprint/reprint/engine"
)

// Error codes of the API, one set for every endpoint. Each maps to one
// HTTP status in statusOf; the JSON error body carries the code so that a
// client need not parse the message.
const (
	EInvalid      = "invalid"                // 400: the request is malformed (a filter, the JSON, the body)
	EUnauthorized = "unauthorized"           // 401: a write without the bearer token
	EForbidden    = "forbidden"              // 403: a write to an archive served read-only
	ENotFound     = "not_found"              // 404: no article, story or pair of that id
	EMethod       = "method_not_allowed"     // 405: the path is served for other methods (see Allow)
	ETooLarge     = "too_large"              // 413: the body exceeds Options.MaxBodyBytes
	EMediaType    = "unsupported_media_type" // 415: a body of a type the endpoint does not read
	EUnreadable   = "unprocessable"          // 422: a well-formed body with no article in it
	EBusy         = "busy"                   // 503: too many checks running and waiting; retry later
	EInternal     = "internal"               // 500: the server failed; details are in its log only
)

var statusOf = map[string]int{
	EInvalid:      http.StatusBadRequest,
	EUnauthorized: http.StatusUnauthorized,
	EForbidden:    http.StatusForbidden,
	ENotFound:     http.StatusNotFound,
	EMethod:       http.StatusMethodNotAllowed,
	ETooLarge:     http.StatusRequestEntityTooLarge,
	EMediaType:    http.StatusUnsupportedMediaType,
	EUnreadable:   http.StatusUnprocessableEntity,
	EBusy:         http.StatusServiceUnavailable,
	EInternal:     http.StatusInternalServerError,
}

// Error is an error meant for the client: a code and a message that names
// what was wrong (never internal detail, which goes to the log).
type Error struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	// Param names the query parameter or JSON field at fault, if one.
	Param string `json:"param,omitempty"`
	// RetryAfter, in seconds, is sent as the Retry-After header of a 503.
	RetryAfter int `json:"-"`
	// err is the cause, logged, not shown.
	err error
}

func (e *Error) Error() string { return e.Code + ": " + e.Message }

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.err }

// Status is the HTTP status of e.
func (e *Error) Status() int {
	if s, ok := statusOf[e.Code]; ok {
		return s
	}
	return http.StatusInternalServerError
}

func errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

func paramError(param, format string, args ...any) *Error {
	return &Error{Code: EInvalid, Param: param, Message: param + ": " + fmt.Sprintf(format, args...)}
}

// asError maps any error to the client's Error: an *Error as it is, the
// engine's not-found and read-only errors to theirs, a body over the limit
// to 413, anything else to an internal error whose detail stays in the log.
func asError(err error) *Error {
	var e *Error
	var mb *http.MaxBytesError
	switch {
	case errors.As(err, &e):
		return e
	case errors.As(err, &mb):
		return &Error{Code: ETooLarge, Message: "the body is larger than " + strconv.FormatInt(mb.Limit, 10) + " bytes", err: err}
	case errors.Is(err, engine.ErrNotFound):
		return &Error{Code: ENotFound, Message: "not found", err: err}
	case errors.Is(err, engine.ErrReadOnly):
		return &Error{Code: EForbidden, Message: "the archive is served read-only", err: err}
	case errors.Is(err, engine.ErrBusy):
		return &Error{Code: EBusy, Message: "another process is adding to the archive", RetryAfter: 5, err: err}
	}
	return &Error{Code: EInternal, Message: "internal error", err: err}
}

// writeError answers err as JSON: {"error": {"code", "message", "param"}}.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	e := asError(err)
	if e.Code == EInternal {
		s.log.ErrorContext(r.Context(), "request failed", slog.String("method", r.Method), slog.String("path", r.URL.Path), slog.Any("err", err))
	}
	if e.RetryAfter > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(e.RetryAfter))
	}
	writeJSON(w, e.Status(), struct {
		Error *Error `json:"error"`
	}{e})
}

// writeJSON writes v as indented JSON with status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	enc.Encode(v) // a failed write is the client gone: nothing to do
}
