// Original file: proto/mallbots/robots/v1/robots.proto


export interface Started {
}

export interface Started__Output {
}
